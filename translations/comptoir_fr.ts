<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackOfficeWindow</name>
    <message>
        <source>Back to the sale (Esc)</source>
        <translation>Retour à la vente (Échap)</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Historique des commandes</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Paiements non rapprochés</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Rapports Z</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Caisses</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>appears on two lines</source>
        <translation>figure sur deux lignes</translation>
    </message>
    <message>
        <source>This product is no longer for sale.</source>
        <translation>Ce produit n&apos;est plus en vente.</translation>
    </message>
    <message>
        <source>This product has no name or no valid price and cannot be sold.</source>
        <translation>Ce produit n&apos;a pas de nom ou pas de prix valide et ne peut pas être vendu.</translation>
    </message>
    <message>
        <source>A quantity must be between %1 and %2. To take a line off, remove it.</source>
        <translation>Une quantité doit être comprise entre %1 et %2. Pour enlever une ligne, supprimez-la.</translation>
    </message>
    <message>
        <source>A sale cannot have more than %1 lines. Finish this one and start another.</source>
        <translation>Une vente ne peut pas avoir plus de %1 lignes. Terminez celle-ci et commencez-en une autre.</translation>
    </message>
    <message>
        <source>That product is not in the cart.</source>
        <translation>Ce produit n&apos;est pas dans le panier.</translation>
    </message>
    <message>
        <source>The total would be too large for one sale.</source>
        <translation>Le total serait trop élevé pour une seule vente.</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <source>Exact</source>
        <translation>Montant exact</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Valider (Entrée)</translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation>Paiement en espèces</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Montant remis</translation>
    </message>
    <message>
        <source>Type the amount or use the notes</source>
        <translation>Tapez le montant ou utilisez les billets</translation>
    </message>
    <message>
        <source>Adds a %1 note</source>
        <translation>Ajoute un billet de %1</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>Not a valid amount</source>
        <translation>Ce n&apos;est pas un montant valide</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Il manque %1</translation>
    </message>
</context>
<context>
    <name>CatalogAdminPage</name>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Filter by name, SKU or barcode</source>
        <translation>Filtrer par nom, référence ou code-barres</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Could not load the products. %1</source>
        <translation>Impossible de charger les produits. %1</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>“%1” is on sale again.</source>
        <translation>« %1 » est de nouveau en vente.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it can no longer be sold.</source>
        <translation>« %1 » est désactivé : il ne peut plus être vendu.</translation>
    </message>
    <message>
        <source>Deactivate “%1”? It will no longer be sold; past orders keep it.</source>
        <translation>Désactiver « %1 » ? Il ne sera plus vendu ; les commandes passées le conservent.</translation>
    </message>
    <message>
        <source>Yes, deactivate</source>
        <translation>Oui, désactiver</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>catalog.csv</source>
        <translation>catalogue.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>L&apos;export a échoué. %1</translation>
    </message>
    <message>
        <source>Catalog exported to %1.</source>
        <translation>Catalogue exporté dans %1.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown</source>
        <translation>
            <numerusform>%1 sur %n produit affiché</numerusform>
            <numerusform>%1 sur %n produits affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogProductModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>Importer des produits depuis %1</translation>
    </message>
    <message>
        <source>Accepted rows (first 50):</source>
        <translation>Lignes acceptées (50 premières) :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This file is too large for a catalog (%1 MB).</source>
        <translation>Ce fichier est trop volumineux pour un catalogue (%1 Mo).</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 new, %2 updated, %3 rejected.</source>
        <translation>
            <numerusform>%n ligne lue — nouvelles : %1, mises à jour : %2, rejetées : %3.</numerusform>
            <numerusform>%n lignes lues — nouvelles : %1, mises à jour : %2, rejetées : %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already match the catalog.</source>
        <translation>
            <numerusform>%n ligne correspond déjà au catalogue.</numerusform>
            <numerusform>%n lignes correspondent déjà au catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation>Les lignes rejetées sont ignorées ; corrigez-les dans le fichier et importez-le de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s):</source>
        <translation>
            <numerusform>%n ligne rejetée :</numerusform>
            <numerusform>%n lignes rejetées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n product(s)</source>
        <translation>
            <numerusform>&amp;Importer %n produit</numerusform>
            <numerusform>&amp;Importer %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the catalog already matches this file.</source>
        <translation>Rien à modifier : le catalogue correspond déjà à ce fichier.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Aucune ligne ne peut être importée.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Importé — nouveaux : %1, mis à jour : %2.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Check and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Configurer cette caisse</translation>
    </message>
    <message>
        <source>Enter the address of the Comptoir server and the token printed by “comptoir-server terminal add” for this till.</source>
        <translation>Saisissez l&apos;adresse du serveur Comptoir et le jeton affiché par « comptoir-server terminal add » pour cette caisse.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Terminal token</source>
        <translation>Jeton de la caisse</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Nom de la caisse</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The terminal token is missing.</source>
        <translation>Le jeton de la caisse manque.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The server refused this token. Check it, or create a new one with “comptoir-server terminal add”.</source>
        <translation>Le serveur a refusé ce jeton. Vérifiez-le, ou créez-en un nouveau avec « comptoir-server terminal add ».</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (TLS error).</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu (erreur TLS).</translation>
    </message>
    <message>
        <source>The server cannot be reached at this address.</source>
        <translation>Le serveur est injoignable à cette adresse.</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Commande créée</translation>
    </message>
    <message>
        <source>LigdiCash invoice requested</source>
        <translation>Facture LigdiCash demandée</translation>
    </message>
    <message>
        <source>LigdiCash invoice created</source>
        <translation>Facture LigdiCash créée</translation>
    </message>
    <message>
        <source>LigdiCash invoice refused</source>
        <translation>Facture LigdiCash refusée</translation>
    </message>
    <message>
        <source>LigdiCash callback</source>
        <translation>Notification LigdiCash</translation>
    </message>
    <message>
        <source>LigdiCash confirm</source>
        <translation>Confirmation LigdiCash</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation>Écart de montant</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Payée en retard</translation>
    </message>
    <message>
        <source>Reviewed by a manager</source>
        <translation>Examinée par un responsable</translation>
    </message>
    <message>
        <source>Re-verified by a manager</source>
        <translation>Revérifiée par un responsable</translation>
    </message>
    <message>
        <source>sent as JSON</source>
        <translation>envoyée en JSON</translation>
    </message>
    <message>
        <source>sent as a form</source>
        <translation>envoyée sous forme de formulaire</translation>
    </message>
    <message>
        <source>sent as %1</source>
        <translation>envoyée en %1</translation>
    </message>
    <message>
        <source>duplicate, ignored</source>
        <translation>doublon, ignoré</translation>
    </message>
    <message>
        <source>first delivery</source>
        <translation>première réception</translation>
    </message>
    <message>
        <source>LigdiCash asked</source>
        <translation>LigdiCash interrogé</translation>
    </message>
    <message>
        <source>LigdiCash not asked (status is final)</source>
        <translation>LigdiCash non interrogé (statut définitif)</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>toujours « %1 »</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>LigdiCash status: %1</source>
        <translation>Statut LigdiCash : %1</translation>
    </message>
    <message>
        <source>response code %1</source>
        <translation>code de réponse %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu : %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation>annoncé : %1</translation>
    </message>
    <message>
        <source>claimed status: %1</source>
        <translation>statut annoncé : %1</translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation>opérateur : %1</translation>
    </message>
    <message>
        <source>LigdiCash reference: %1</source>
        <translation>référence LigdiCash : %1</translation>
    </message>
    <message>
        <source>LigdiCash payment page</source>
        <translation>page de paiement LigdiCash</translation>
    </message>
    <message>
        <source>direct payin</source>
        <translation>paiement direct</translation>
    </message>
    <message>
        <source>after a callback</source>
        <translation>après une notification</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>vérification du statut</translation>
    </message>
    <message>
        <source>from the till</source>
        <translation>depuis la caisse</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>après %1 s</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>non effectué</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a manager&apos;s note, quoted</comment>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Click to sort</source>
        <translation>Cliquez pour trier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro du client</translation>
    </message>
    <message>
        <source>LigdiCash reference</source>
        <translation>Référence LigdiCash</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>HistoryOrder</name>
    <message>
        <source>Amount mismatch</source>
        <translation>Écart de montant</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Payée en retard</translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation>%1 (examiné)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>To review only</source>
        <translation>À examiner seulement</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Tous les moyens de paiement</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Toutes les caisses</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Tous les caissiers</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Order number, LigdiCash reference or customer number</source>
        <translation>Numéro de commande, référence LigdiCash ou numéro du client</translation>
    </message>
    <message>
        <source>Orders with an amount mismatch or paid late, not yet reviewed</source>
        <translation>Commandes avec un écart de montant ou payées en retard, pas encore examinées</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>The orders could not be loaded: %1</source>
        <translation>Les commandes n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Amounts are whole francs, e.g. 2500 or 2 500.</source>
        <translation>Les montants sont en francs entiers, par ex. 2500 ou 2 500.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Totaux indisponibles : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · %1</source>
        <translation>
            <numerusform>%Ln commande · %1</numerusform>
            <numerusform>%Ln commandes · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paid: %Ln · %1</source>
        <translation>
            <numerusform>payée : %Ln · %1</numerusform>
            <numerusform>payées : %Ln · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Export the orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message>
        <source>Exported to %1 (%2).</source>
        <translation>Exporté dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation>
            <numerusform>doit faire au plus %n caractère</numerusform>
            <numerusform>doit faire au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>doit être un nombre, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number between %1 and %2</source>
        <translation>doit être un nombre entier entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a number of francs, not %1</source>
        <translation>doit être un nombre de francs, pas %1</translation>
    </message>
    <message>
        <source>is too large (at most %1 francs)</source>
        <translation>est trop grand (au plus %1 francs)</translation>
    </message>
    <message>
        <source>must be a whole number of francs (XOF has no cents)</source>
        <translation>doit être un nombre entier de francs (le XOF n&apos;a pas de centimes)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a UUID such as 123e4567-e89b-12d3-a456-426614174000</source>
        <translation>doit être un UUID comme 123e4567-e89b-12d3-a456-426614174000</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, not %1</source>
        <translation>doit être une date et heure ISO 8601, pas %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-04-15T11:19:28Z</source>
        <translation>doit être une date et heure ISO 8601 comme 2026-04-15T11:19:28Z</translation>
    </message>
    <message>
        <source>must say its time zone (e.g. end with Z for UTC)</source>
        <translation>doit préciser son fuseau horaire (par ex. finir par Z pour UTC)</translation>
    </message>
    <message>
        <source>must be an absolute http(s) URL</source>
        <translation>doit être une URL http(s) absolue</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, pas %1</translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n elements</source>
        <translation>
            <numerusform>doit avoir au plus %n élément</numerusform>
            <numerusform>doit avoir au plus %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
</context>
<context>
    <name>LigdiCash</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>plus de %1 champs</translation>
    </message>
    <message>
        <source>not valid form-urlencoded UTF-8</source>
        <translation>pas du form-urlencoded UTF-8 valide</translation>
    </message>
    <message>
        <source>not a supported field name</source>
        <translation>n&apos;est pas un nom de champ pris en charge</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>apparaît deux fois</translation>
    </message>
    <message>
        <source>sent both as text and in brackets</source>
        <translation>envoyé à la fois en texte et entre crochets</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <source>expected %1 or %2, got &quot;%3&quot;</source>
        <translation>%1 ou %2 attendu, reçu « %3 »</translation>
    </message>
    <message>
        <source>expected &quot;00&quot; or &quot;01&quot;</source>
        <translation>« 00 » ou « 01 » attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected the payment page URL</source>
        <translation>l&apos;URL de la page de paiement était attendue</translation>
    </message>
    <message>
        <source>expected an absolute http(s) URL</source>
        <translation>une URL http(s) absolue était attendue</translation>
    </message>
    <message>
        <source>expected the payer&apos;s number with its country code, digits only (e.g. 22670000000)</source>
        <translation>le numéro du payeur avec son indicatif pays, chiffres seulement, était attendu (par ex. 22670000000)</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <source>keys must have 1 to 64 characters</source>
        <translation>les clés doivent avoir de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>expected a string or a number (custom_data is a flat object)</source>
        <translation>une chaîne ou un nombre était attendu (custom_data est un objet plat)</translation>
    </message>
    <message>
        <source>quantity × unit_price overflows</source>
        <translation>quantité × prix unitaire dépasse la capacité</translation>
    </message>
    <message>
        <source>the sum of the items overflows</source>
        <translation>la somme des articles dépasse la capacité</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être entre %1 et %2</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be empty for a hosted payin (a number hides operators on LigdiCash&apos;s page)</source>
        <translation>doit être vide pour un paiement par page LigdiCash (un numéro masque des opérateurs sur la page)</translation>
    </message>
    <message>
        <source>must equal quantity × unit_price</source>
        <translation>doit être égal à quantité × prix unitaire</translation>
    </message>
    <message>
        <source>must equal the sum of the items&apos; total_price (%1)</source>
        <translation>doit être égal à la somme des total_price des articles (%1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 XOF</source>
        <translation>doit être entre %1 et %2 XOF</translation>
    </message>
    <message>
        <source>LigdiCash refused the shop&apos;s API keys. Check the API key and token in the server settings.</source>
        <translation>LigdiCash a refusé les clés d&apos;API de la boutique. Vérifiez la clé d&apos;API et le jeton dans les réglages du serveur.</translation>
    </message>
    <message>
        <source>Mobile money payments are not activated on the shop&apos;s LigdiCash project. Contact LigdiCash.</source>
        <translation>Les paiements mobile money ne sont pas activés sur le projet LigdiCash de la boutique. Contactez LigdiCash.</translation>
    </message>
    <message>
        <source>LigdiCash refused the amount: it is outside the range allowed for this payment.</source>
        <translation>LigdiCash a refusé le montant : il est hors des limites permises pour ce paiement.</translation>
    </message>
    <message>
        <source>LigdiCash refused the server&apos;s IP address. Ask LigdiCash to allow it.</source>
        <translation>LigdiCash a refusé l&apos;adresse IP du serveur. Demandez à LigdiCash de l&apos;autoriser.</translation>
    </message>
    <message>
        <source>LigdiCash could not process the request. Try again in a moment.</source>
        <translation>LigdiCash n&apos;a pas pu traiter la demande. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash could not reach the mobile money operator. Try again in a moment.</source>
        <translation>LigdiCash n&apos;a pas pu joindre l&apos;opérateur mobile money. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash could not send the request. Try again in a moment.</source>
        <translation>LigdiCash n&apos;a pas pu envoyer la demande. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This mobile money operator is not enabled on the shop&apos;s LigdiCash project.</source>
        <translation>Cet opérateur mobile money n&apos;est pas activé sur le projet LigdiCash de la boutique.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the payment details as invalid.</source>
        <translation>LigdiCash a rejeté les détails du paiement comme invalides.</translation>
    </message>
    <message>
        <source>LigdiCash had an internal error. Try again in a moment.</source>
        <translation>LigdiCash a eu une erreur interne. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash expected a request signature that was not sent.</source>
        <translation>LigdiCash attendait une signature de requête qui n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the request signature.</source>
        <translation>LigdiCash a rejeté la signature de la requête.</translation>
    </message>
    <message>
        <source>LigdiCash refused the request method.</source>
        <translation>LigdiCash a refusé la méthode de la requête.</translation>
    </message>
    <message>
        <source>This payment method is not allowed on the shop&apos;s LigdiCash project.</source>
        <translation>Ce moyen de paiement n&apos;est pas autorisé sur le projet LigdiCash de la boutique.</translation>
    </message>
    <message>
        <source>The LigdiCash wallet credentials are wrong.</source>
        <translation>Les identifiants du portefeuille LigdiCash sont erronés.</translation>
    </message>
    <message>
        <source>The one-time code (OTP) is wrong. Ask the customer for a new code and try again.</source>
        <translation>Le code à usage unique (OTP) est faux. Demandez un nouveau code au client et réessayez.</translation>
    </message>
    <message>
        <source>The one-time code (OTP) has expired. Start a new payment.</source>
        <translation>Le code à usage unique (OTP) a expiré. Lancez un nouveau paiement.</translation>
    </message>
    <message>
        <source>LigdiCash refused the shop&apos;s API keys while checking a payment. Check the API key and token in the server settings.</source>
        <translation>LigdiCash a refusé les clés d&apos;API de la boutique lors de la vérification d&apos;un paiement. Vérifiez la clé d&apos;API et le jeton dans les réglages du serveur.</translation>
    </message>
    <message>
        <source>LigdiCash does not know this invoice.</source>
        <translation>LigdiCash ne connaît pas cette facture.</translation>
    </message>
    <message>
        <source>LigdiCash could not check the payment right now. Try again in a moment.</source>
        <translation>LigdiCash n&apos;a pas pu vérifier le paiement pour le moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the payment check as invalid.</source>
        <translation>LigdiCash a rejeté la vérification du paiement comme invalide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted: LigdiCash only takes XOF</source>
        <translation>« %1 » n&apos;est pas accepté : LigdiCash ne prend que le XOF</translation>
    </message>
    <message>
        <source>LigdiCash refused the request.</source>
        <translation>LigdiCash a refusé la demande.</translation>
    </message>
    <message>
        <source>LigdiCash refused the request (code %1).</source>
        <translation>LigdiCash a refusé la demande (code %1).</translation>
    </message>
    <message>
        <source>LigdiCash&apos;s data could not be read (%1). The payment was not changed.</source>
        <translation>Les données de LigdiCash n&apos;ont pas pu être lues (%1). Le paiement n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The amount cannot be paid through LigdiCash (%1).</source>
        <translation>Ce montant ne peut pas être payé par LigdiCash (%1).</translation>
    </message>
    <message>
        <source>LigdiCash only accepts payments in XOF (%1).</source>
        <translation>LigdiCash n&apos;accepte que les paiements en XOF (%1).</translation>
    </message>
    <message>
        <source>expected a string or a whole number</source>
        <translation>une chaîne ou un nombre entier était attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>un nombre entier était attendu</translation>
    </message>
    <message>
        <source>expected a whole number of francs</source>
        <translation>un nombre entier de francs était attendu</translation>
    </message>
    <message>
        <source>too large (at most 9007199254740991 francs)</source>
        <translation>trop grand (au plus 9007199254740991 francs)</translation>
    </message>
    <message>
        <source>expected a whole number of francs (a JSON number)</source>
        <translation>un nombre entier de francs (un nombre JSON) était attendu</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON invalide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>une chaîne était attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>un tableau était attendu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus long que %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice with different values</source>
        <translation>« %1 » apparaît deux fois avec des valeurs différentes</translation>
    </message>
    <message>
        <source>differs from amount (%1 and %2)</source>
        <translation>diffère du montant (%1 et %2)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Qui est à la caisse ?</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Choisissez d&apos;abord qui vous êtes.</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>Utilisateur ou code PIN incorrect.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Comptoir — %1</source>
        <translation>Comptoir — %1</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Lock the till</source>
        <translation>Verrouiller la caisse</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Refresh the catalog</source>
        <translation>Actualiser le catalogue</translation>
    </message>
    <message>
        <source>A cash sale was refused by the server and kept for a manager: %1</source>
        <translation>Une vente en espèces a été refusée par le serveur et conservée pour un responsable : %1</translation>
    </message>
    <message>
        <source>Log out anyway</source>
        <translation>Se déconnecter quand même</translation>
    </message>
    <message numerus="yes">
        <source>%n cash sale(s) have not reached the server yet. They are kept on this computer and will be sent when the app runs again.</source>
        <translation>
            <numerusform>%n vente en espèces n&apos;a pas encore atteint le serveur. Elle est conservée sur cet ordinateur et sera envoyée au prochain lancement.</numerusform>
            <numerusform>%n ventes en espèces n&apos;ont pas encore atteint le serveur. Elles sont conservées sur cet ordinateur et seront envoyées au prochain lancement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>The server is back.</source>
        <translation>Le serveur est de retour.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Cash sales still work and will be sent when it is back; LigdiCash is unavailable meanwhile.</source>
        <translation>Le serveur est injoignable. Les ventes en espèces fonctionnent et seront envoyées à son retour ; LigdiCash est indisponible en attendant.</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Caissier : %1</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Personne de connecté</translation>
    </message>
    <message>
        <source>Server: connected</source>
        <translation>Serveur : connecté</translation>
    </message>
    <message>
        <source>Server: unreachable</source>
        <translation>Serveur : injoignable</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) not synced</source>
        <translation>
            <numerusform>%n vente non synchronisée</numerusform>
            <numerusform>%n ventes non synchronisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) awaiting confirmation</source>
        <translation>
            <numerusform>%n paiement en attente de confirmation</numerusform>
            <numerusform>%n paiements en attente de confirmation</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Réimprimer le dernier reçu</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1 The sale is recorded; use “Reprint last receipt” once the printer is back.</source>
        <translation>Le reçu n&apos;a pas été imprimé : %1 La vente est enregistrée ; utilisez « Réimprimer le dernier reçu » quand l&apos;imprimante sera revenue.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>Aucun reçu à imprimer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (check now)</source>
        <translation>%1 — %2 — %3 (vérifier maintenant)</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Open a shift…</source>
        <translation>Ouvrir une session de caisse…</translation>
    </message>
    <message>
        <source>Close the shift (Z)…</source>
        <translation>Clôturer la session (Z)…</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Pas encore confirmée</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Responsable : %1</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>The order has no identifier.</source>
        <translation>La commande n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>La commande n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>An order cannot have more than %1 lines.</source>
        <translation>Une commande ne peut pas avoir plus de %1 lignes.</translation>
    </message>
    <message>
        <source>An order line has no product, no name, or a quantity outside %1 to %2.</source>
        <translation>Une ligne de commande n&apos;a pas de produit, pas de nom, ou une quantité hors de %1 à %2.</translation>
    </message>
    <message>
        <source>A line total is not its unit price times its quantity.</source>
        <translation>Le total d&apos;une ligne n&apos;est pas son prix unitaire multiplié par sa quantité.</translation>
    </message>
    <message>
        <source>The order total is not the sum of its lines.</source>
        <translation>Le total de la commande n&apos;est pas la somme de ses lignes.</translation>
    </message>
    <message>
        <source>The total is too large for one order.</source>
        <translation>Le total est trop élevé pour une seule commande.</translation>
    </message>
    <message>
        <source>Only XOF (franc CFA) is accepted.</source>
        <translation>Seul le XOF (franc CFA) est accepté.</translation>
    </message>
    <message>
        <source>Cash amounts only apply to cash orders.</source>
        <translation>Les montants en espèces ne s&apos;appliquent qu&apos;aux commandes payées en espèces.</translation>
    </message>
    <message>
        <source>Enter the amount the customer handed over.</source>
        <translation>Saisissez le montant remis par le client.</translation>
    </message>
    <message>
        <source>The amount handed over is less than the total.</source>
        <translation>Le montant remis est inférieur au total.</translation>
    </message>
    <message>
        <source>The order is already in that state.</source>
        <translation>La commande est déjà dans cet état.</translation>
    </message>
    <message>
        <source>The order cannot change to that state now.</source>
        <translation>La commande ne peut pas passer à cet état maintenant.</translation>
    </message>
    <message>
        <source>The order can no longer be changed.</source>
        <translation>La commande ne peut plus être modifiée.</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme examinée</translation>
    </message>
    <message>
        <source>Re-verify now</source>
        <translation>Revérifier maintenant</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro du client</translation>
    </message>
    <message>
        <source>LigdiCash reference</source>
        <translation>Référence LigdiCash</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>Invoice token</source>
        <translation>Jeton de la facture</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Cash tendered / change</source>
        <translation>Montant remis / monnaie rendue</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What was checked, e.g. “customer paid the difference in cash”</source>
        <translation>Ce qui a été vérifié, par ex. « le client a payé la différence en espèces »</translation>
    </message>
    <message>
        <source>Ask LigdiCash again now whether this order was paid</source>
        <translation>Demander de nouveau à LigdiCash si cette commande a été payée</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Commande %1 — %2</translation>
    </message>
    <message>
        <source>%1 (payment page)</source>
        <translation>%1 (page de paiement)</translation>
    </message>
    <message>
        <source>%1 (approved on the phone)</source>
        <translation>%1 (validé sur le téléphone)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>LigdiCash confirmed %1 for an order of %2: the amounts differ.</source>
        <translation>LigdiCash a confirmé %1 pour une commande de %2 : les montants diffèrent.</translation>
    </message>
    <message>
        <source>LigdiCash confirmed this payment after the order was closed.</source>
        <translation>LigdiCash a confirmé ce paiement après la clôture de la commande.</translation>
    </message>
    <message>
        <source>It was also confirmed after the order was closed.</source>
        <translation>Il a aussi été confirmé après la clôture de la commande.</translation>
    </message>
    <message>
        <source>A manager should review it.</source>
        <translation>Un responsable doit l&apos;examiner.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2: %3</source>
        <translation>Examinée par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Pas encore examinée.</translation>
    </message>
    <message>
        <source>Replace the note</source>
        <translation>Remplacer la note</translation>
    </message>
    <message>
        <source>Asking LigdiCash…</source>
        <translation>Interrogation de LigdiCash…</translation>
    </message>
    <message>
        <source>This order never had a LigdiCash invoice: there is nothing to verify.</source>
        <translation>Cette commande n&apos;a jamais eu de facture LigdiCash : il n&apos;y a rien à vérifier.</translation>
    </message>
    <message>
        <source>Verified with LigdiCash: still %1.</source>
        <translation>Vérifiée auprès de LigdiCash : toujours « %1 ».</translation>
    </message>
    <message>
        <source>Verified with LigdiCash: now %1.</source>
        <translation>Vérifiée auprès de LigdiCash : désormais « %1 ».</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Reçu envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>Le reçu n&apos;a pas été imprimé : %1</translation>
    </message>
    <message>
        <source>Write a short note saying what was checked.</source>
        <translation>Écrivez une courte note indiquant ce qui a été vérifié.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>The order is already %1.</source>
        <translation>La commande est déjà « %1 ».</translation>
    </message>
    <message>
        <source>An order cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une commande ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Open the payment page</source>
        <translation>Ouvrir la page de paiement</translation>
    </message>
    <message>
        <source>Cancel payment (Esc)</source>
        <translation>Annuler le paiement (Échap)</translation>
    </message>
    <message>
        <source>Try LigdiCash again</source>
        <translation>Réessayer LigdiCash</translation>
    </message>
    <message>
        <source>Take cash instead (F8)</source>
        <translation>Encaisser en espèces (F8)</translation>
    </message>
    <message>
        <source>Set aside and keep watching</source>
        <translation>Mettre de côté et continuer à surveiller</translation>
    </message>
    <message>
        <source>New sale (Enter)</source>
        <translation>Nouvelle vente (Entrée)</translation>
    </message>
    <message>
        <source>LigdiCash payment</source>
        <translation>Paiement LigdiCash</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>Code QR de la page de paiement</translation>
    </message>
    <message>
        <source>Amount to pay with LigdiCash</source>
        <translation>Montant à payer par LigdiCash</translation>
    </message>
    <message>
        <source>The customer had already paid: the payment wins, the sale is complete.</source>
        <translation>Le client avait déjà payé : le paiement l&apos;emporte, la vente est conclue.</translation>
    </message>
    <message>
        <source>Paid with %1.</source>
        <translation>Payé avec %1.</translation>
    </message>
    <message>
        <source>Creating the payment…</source>
        <translation>Création du paiement…</translation>
    </message>
    <message>
        <source>The payment could not be started.</source>
        <translation>Le paiement n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay…</source>
        <translation>En attente du paiement du client…</translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation>Pas encore confirmé.</translation>
    </message>
    <message>
        <source>✓ Paid</source>
        <translation>✓ Payé</translation>
    </message>
    <message>
        <source>Payment failed.</source>
        <translation>Le paiement a échoué.</translation>
    </message>
    <message>
        <source>Payment cancelled.</source>
        <translation>Paiement annulé.</translation>
    </message>
    <message>
        <source>The customer scans the code with their phone, or pays on the page opened in the browser.</source>
        <translation>Le client scanne le code avec son téléphone, ou paie sur la page ouverte dans le navigateur.</translation>
    </message>
    <message>
        <source>LigdiCash has not confirmed this payment. You can set the order aside: it stays in the list of payments awaiting confirmation and is still watched.</source>
        <translation>LigdiCash n&apos;a pas confirmé ce paiement. Vous pouvez mettre la commande de côté : elle reste dans la liste des paiements en attente de confirmation et continue d&apos;être surveillée.</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
    <message>
        <source>Send to the phone (Enter)</source>
        <translation>Envoyer sur le téléphone (Entrée)</translation>
    </message>
    <message>
        <source>only if the operator asks for one</source>
        <translation>seulement si l&apos;opérateur en demande un</translation>
    </message>
    <message>
        <source>Customer&apos;s number</source>
        <translation>Numéro du client</translation>
    </message>
    <message>
        <source>OTP code</source>
        <translation>Code OTP</translation>
    </message>
    <message>
        <source>Type the customer&apos;s number with its country code, e.g. 22670123456.</source>
        <translation>Tapez le numéro du client avec l&apos;indicatif pays, par ex. 22670123456.</translation>
    </message>
    <message>
        <source>The payment request was sent to %1. The customer approves it on their phone.</source>
        <translation>La demande de paiement a été envoyée au %1. Le client la valide sur son téléphone.</translation>
    </message>
    <message>
        <source>Pay from the customer&apos;s phone</source>
        <translation>Paiement depuis le téléphone du client</translation>
    </message>
    <message>
        <source>LigdiCash did not complete the payment: it was refused or abandoned on the customer&apos;s phone. Try again or take cash.</source>
        <translation>LigdiCash n&apos;a pas finalisé le paiement : il a été refusé ou abandonné sur le téléphone du client. Réessayez ou encaissez en espèces.</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>LigdiCash</source>
        <translation>LigdiCash</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>Nouveau code &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Could not load the people. %1</source>
        <translation>Impossible de charger le personnel. %1</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau code PIN.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <source>Enable %1? They will be able to log in again.</source>
        <translation>Activer le compte de %1 ? Cette personne pourra de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in and their sessions end.</source>
        <translation>Désactiver le compte de %1 ? Cette personne ne pourra plus se connecter et ses sessions prendront fin.</translation>
    </message>
    <message>
        <source>Yes, enable</source>
        <translation>Oui, activer</translation>
    </message>
    <message>
        <source>Yes, disable</source>
        <translation>Oui, désactiver</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;ver</translation>
    </message>
</context>
<context>
    <name>PeopleUserDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Nouveau code PIN pour %1</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>de %1 à %2 chiffres</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>%1 (%2). Their sessions end and any lockout is lifted.</source>
        <translation>%1 (%2). Ses sessions prennent fin et tout blocage est levé.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Nouveau code &amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>&amp;Confirmer le code PIN</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Tapez le nom de la personne.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>Le code PIN doit avoir de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent : tapez deux fois le même code.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PeopleUserModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqué jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Blocage</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase (Backspace)</source>
        <translation>Effacer (Retour arrière)</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Se connecter (Entrée)</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <source>On sale (active)</source>
        <translation>En vente (actif)</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>e.g. Boissons</source>
        <translation>par ex. Boissons</translation>
    </message>
    <message>
        <source>e.g. 1 500</source>
        <translation>par ex. 1 500</translation>
    </message>
    <message>
        <source>Scan or type the barcode</source>
        <translation>Scannez ou tapez le code-barres</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Price (FCFA)</source>
        <translation>&amp;Prix (FCFA)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>Code-&amp;barres</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>Le produit doit avoir un nom.</translation>
    </message>
    <message>
        <source>The price must be a whole number of francs, e.g. 1 500.</source>
        <translation>Le prix doit être un nombre entier de francs, par ex. 1 500.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Till: %1</source>
        <translation>Caisse : %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Caissier : %1</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Vente %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Thank you, see you soon!</source>
        <translation>Merci, à bientôt !</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>The PDF receipt could not be written to %1.</source>
        <translation>Le reçu PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The receipt printer is not available (%1).</source>
        <translation>L&apos;imprimante de reçus n&apos;est pas disponible (%1).</translation>
    </message>
    <message>
        <source>The printer “%1” was not found.</source>
        <translation>L&apos;imprimante « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>The printer “%1” refused the receipt.</source>
        <translation>L&apos;imprimante « %1 » a refusé le reçu.</translation>
    </message>
    <message>
        <source>Unknown receipt output “%1”.</source>
        <translation>Sortie de reçu inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>ReportsCharts</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Sales by hour of the day (thousand FCFA)</source>
        <translation>Ventes par heure de la journée (milliers de FCFA)</translation>
    </message>
    <message>
        <source>Sales by day (thousand FCFA)</source>
        <translation>Ventes par jour (milliers de FCFA)</translation>
    </message>
    <message>
        <source>Share by payment method</source>
        <translation>Répartition par moyen de paiement</translation>
    </message>
</context>
<context>
    <name>ReportsDocument</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Aucune vente</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Rapport des ventes</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Commandes payées</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message numerus="yes">
        <source>LigdiCash awaiting: %n</source>
        <translation>
            <numerusform>LigdiCash en attente : %n</numerusform>
            <numerusform>LigdiCash en attente : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>By mobile money operator</source>
        <translation>Par opérateur mobile money</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Par caisse</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Produits les plus vendus</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Sales report %1</source>
        <translation>Rapport des ventes %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The printer refused the report.</source>
        <translation>L&apos;imprimante a refusé le rapport.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>LigdiCash awaiting</source>
        <translation>LigdiCash en attente</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Commandes payées</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>By mobile money operator</source>
        <translation>Par opérateur mobile money</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>Par caisse</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Produits les plus vendus</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Pick a period of at most 366 days.</source>
        <translation>Choisissez une période de 366 jours au plus.</translation>
    </message>
    <message>
        <source>The report could not be loaded. %1</source>
        <translation>Le rapport n&apos;a pas pu être chargé. %1</translation>
    </message>
    <message numerus="yes">
        <source>LigdiCash awaiting: %n</source>
        <translation>
            <numerusform>LigdiCash en attente : %n</numerusform>
            <numerusform>LigdiCash en attente : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No report to export yet.</source>
        <translation>Aucun rapport à exporter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1 (%2).</source>
        <translation>Le CSV n&apos;a pas pu être écrit dans %1 (%2).</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>SaleController</name>
    <message>
        <source>The cart is locked while a payment is in progress.</source>
        <translation>Le panier est verrouillé pendant un paiement en cours.</translation>
    </message>
    <message>
        <source>The sale could not be saved on this computer: %1</source>
        <translation>La vente n&apos;a pas pu être enregistrée sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>The cart is empty: nothing to hold.</source>
        <translation>Le panier est vide : rien à mettre en attente.</translation>
    </message>
    <message>
        <source>The sale could not be held: %1</source>
        <translation>La vente n&apos;a pas pu être mise en attente : %1</translation>
    </message>
    <message>
        <source>This held sale no longer exists.</source>
        <translation>Cette vente en attente n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>The total of this sale is not valid.</source>
        <translation>Le total de cette vente n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled yet; try again.</source>
        <translation>Le paiement n&apos;a pas encore pu être annulé ; réessayez.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled: %1</source>
        <translation>Le paiement n&apos;a pas pu être annulé : %1</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>Le montant remis est inférieur au total.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan or search a product (F2)</source>
        <translation>Scannez ou cherchez un produit (F2)</translation>
    </message>
    <message>
        <source>Search or scan</source>
        <translation>Chercher ou scanner</translation>
    </message>
    <message>
        <source>+1
Ctrl++</source>
        <translation>+1
Ctrl++</translation>
    </message>
    <message>
        <source>−1
Ctrl+−</source>
        <translation>−1
Ctrl+−</translation>
    </message>
    <message>
        <source>Qty
F4</source>
        <translation>Qté
F4</translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation>Retirer
Suppr</translation>
    </message>
    <message>
        <source>Clear
Ctrl+Del</source>
        <translation>Vider
Ctrl+Suppr</translation>
    </message>
    <message>
        <source>Hold sale (F6)</source>
        <translation>Mettre en attente (F6)</translation>
    </message>
    <message>
        <source>Resume (F7)</source>
        <translation>Reprendre (F7)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash
F8</source>
        <translation>Espèces
F8</translation>
    </message>
    <message>
        <source>LigdiCash
F9</source>
        <translation>LigdiCash
F9</translation>
    </message>
    <message>
        <source>Sale recorded. Change: %1</source>
        <translation>Vente enregistrée. Monnaie à rendre : %1</translation>
    </message>
    <message>
        <source>LigdiCash payment of %1 confirmed.</source>
        <translation>Paiement LigdiCash de %1 confirmé.</translation>
    </message>
    <message>
        <source>A payment set aside earlier is now confirmed (%1).</source>
        <translation>Un paiement mis de côté est maintenant confirmé (%1).</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Several products match “%1”: touch the right one.</source>
        <translation>Plusieurs produits correspondent à « %1 » : touchez le bon.</translation>
    </message>
    <message numerus="yes">
        <source>Clear the cart (%n line(s))?</source>
        <translation>
            <numerusform>Vider le panier (%n ligne) ?</numerusform>
            <numerusform>Vider le panier (%n lignes) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, clear</source>
        <translation>Oui, vider</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Sale held. Resume it with F7.</source>
        <translation>Vente mise en attente. Reprenez-la avec F7.</translation>
    </message>
    <message>
        <source>No sale is on hold.</source>
        <translation>Aucune vente n&apos;est en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s), %2</source>
        <translation>
            <numerusform>%1 — %n ligne, %2</numerusform>
            <numerusform>%1 — %n lignes, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale resumed.</source>
        <translation>Vente reprise.</translation>
    </message>
    <message>
        <source>A LigdiCash payment is in progress for this cart.</source>
        <translation>Un paiement LigdiCash est en cours pour ce panier.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>LigdiCash needs the server, which cannot be reached. Cash still works.</source>
        <translation>LigdiCash a besoin du serveur, qui est injoignable. Les espèces fonctionnent toujours.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Pay with LigdiCash mobile money (F9)</source>
        <translation>Payer par mobile money LigdiCash (F9)</translation>
    </message>
    <message>
        <source>Unavailable: the server cannot be reached.</source>
        <translation>Indisponible : le serveur est injoignable.</translation>
    </message>
    <message>
        <source>A LigdiCash payment is in progress: the cart is locked until it is paid or cancelled. Press F9 to see it.</source>
        <translation>Un paiement LigdiCash est en cours : le panier est verrouillé jusqu&apos;au paiement ou à l&apos;annulation. Appuyez sur F9 pour le voir.</translation>
    </message>
    <message>
        <source>By number (Shift+F9)</source>
        <translation>Par numéro (Maj+F9)</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (TLS error).</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu (erreur TLS).</translation>
    </message>
    <message>
        <source>Access refused: check the terminal token or log in again.</source>
        <translation>Accès refusé : vérifiez le jeton de la caisse ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>This action needs a manager.</source>
        <translation>Cette action demande un responsable.</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Introuvable sur le serveur.</translation>
    </message>
    <message>
        <source>The server already has a different order with this number.</source>
        <translation>Le serveur a déjà une autre commande avec ce numéro.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
    <message>
        <source>The payment service is unavailable for now.</source>
        <translation>Le service de paiement est indisponible pour le moment.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation>Trop de tentatives ; patientez un instant.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Le serveur a eu une erreur interne.</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation>Le serveur a envoyé une réponse inattendue.</translation>
    </message>
</context>
<context>
    <name>SessionRequest</name>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>doit avoir de 4 à 8 chiffres</translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <source>Looking for the open shift…</source>
        <translation>Recherche de la session ouverte…</translation>
    </message>
    <message>
        <source>Close the shift (Z)</source>
        <translation>Clôturer la session (Z)</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>Aucune session n&apos;est ouverte sur cette caisse.</translation>
    </message>
    <message>
        <source>The open shift could not be found. %1</source>
        <translation>La session ouverte est introuvable. %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and type what you counted. The expected amount is shown once your count is sent.</source>
        <translation>Comptez l&apos;argent du tiroir et tapez le montant compté. Le montant attendu s&apos;affiche une fois votre comptage envoyé.</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Total of notes and coins</source>
        <translation>Total des billets et pièces</translation>
    </message>
    <message>
        <source>Count note by note</source>
        <translation>Compter billet par billet</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Billets de %1</translation>
    </message>
    <message>
        <source>Number of %1 notes</source>
        <translation>Nombre de billets de %1</translation>
    </message>
    <message>
        <source>Coins (total)</source>
        <translation>Pièces (total)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Remarque (facultative)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Send the count and close</source>
        <translation>Envoyer le comptage et clôturer</translation>
    </message>
    <message>
        <source>The count differs from the expected cash by more than the shop allows. A manager must approve it with their PIN, or count again.</source>
        <translation>Le comptage s&apos;écarte du montant attendu de plus que ce que la boutique autorise. Un responsable doit l&apos;approuver avec son code PIN, ou recomptez.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Pick the manager who approves.</source>
        <translation>Choisissez le responsable qui approuve.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>Code PIN incorrect pour %1. Réessayez.</translation>
    </message>
    <message>
        <source>The shift could not be closed. %1</source>
        <translation>La session n&apos;a pas pu être clôturée. %1</translation>
    </message>
    <message>
        <source>The managers could not be listed. %1</source>
        <translation>La liste des responsables n&apos;a pas pu être chargée. %1</translation>
    </message>
    <message>
        <source>No Z report yet.</source>
        <translation>Pas encore de rapport Z.</translation>
    </message>
    <message>
        <source>Save the Z report</source>
        <translation>Enregistrer le rapport Z</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Z report saved to %1.</source>
        <translation>Rapport Z enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ShiftListModel</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open the shift (Enter)</source>
        <translation>Ouvrir la session (Entrée)</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>Ouvrir une session de caisse</translation>
    </message>
    <message>
        <source>Count the change put in the drawer to start the day.</source>
        <translation>Comptez la monnaie mise dans le tiroir pour commencer la journée.</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Amount in the drawer</source>
        <translation>Montant dans le tiroir</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>A shift is already open on this till: close it first.</source>
        <translation>Une session est déjà ouverte sur cette caisse : clôturez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The shift could not be opened. %1</source>
        <translation>La session n&apos;a pas pu être ouverte. %1</translation>
    </message>
</context>
<context>
    <name>StartPaymentRequest</name>
    <message>
        <source>is required for a direct payment</source>
        <translation>est obligatoire pour un paiement direct</translation>
    </message>
    <message>
        <source>must be 8 to 15 digits, country code included</source>
        <translation>doit avoir de 8 à 15 chiffres, indicatif pays compris</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>doit avoir de 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>only applies to a direct payment</source>
        <translation>ne s&apos;applique qu&apos;à un paiement direct</translation>
    </message>
</context>
<context>
    <name>TerminalListModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TerminalNameDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Add a terminal</source>
        <translation>Ajouter une caisse</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>e.g. Caisse 2</source>
        <translation>par ex. Caisse 2</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Terminal token</source>
        <translation>Jeton de la caisse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Give the terminal a name.</source>
        <translation>Donnez un nom à la caisse.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Terminal “%1” added. Type or paste this token into the new till&apos;s setup now: it is shown only this once and cannot be seen again. Keep it secret: anyone who has it can act as this terminal.</source>
        <translation>Caisse « %1 » ajoutée. Tapez ou collez dès maintenant ce jeton dans la configuration de la nouvelle caisse : il n&apos;est affiché qu&apos;une seule fois et ne pourra plus être consulté. Gardez-le secret : quiconque le possède peut agir en tant que cette caisse.</translation>
    </message>
    <message>
        <source>I have copied it, close</source>
        <translation>Je l&apos;ai copié, fermer</translation>
    </message>
</context>
<context>
    <name>TerminalsPage</name>
    <message>
        <source>&amp;Add a terminal…</source>
        <translation>&amp;Ajouter une caisse…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Could not load the terminals. %1</source>
        <translation>Impossible de charger les caisses. %1</translation>
    </message>
    <message>
        <source>This is the terminal you are using: revoke it from another one.</source>
        <translation>C&apos;est la caisse que vous utilisez : révoquez-la depuis une autre.</translation>
    </message>
    <message>
        <source>“%1” is revoked: it can no longer reach the server.</source>
        <translation>« %1 » est révoquée : elle ne peut plus joindre le serveur.</translation>
    </message>
    <message>
        <source>Revoke “%1”? It stops working at once and cannot be brought back; a replacement needs a new terminal.</source>
        <translation>Révoquer « %1 » ? Elle cesse de fonctionner immédiatement et ne peut pas être rétablie ; pour la remplacer, il faut ajouter une nouvelle caisse.</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>Oui, révoquer</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Token saved in %1 (readable only by you).</source>
        <translation>Jeton enregistré dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Le jeton n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Jeton enregistré dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Callback status</source>
        <translation>Statut notifié</translation>
    </message>
    <message>
        <source>LigdiCash confirm</source>
        <translation>Confirmation LigdiCash</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
</context>
<context>
    <name>UnmatchedPage</name>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme examiné</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Payments LigdiCash reported for no order of this shop. They never make an order paid: settle them with the customer, then record what was done.</source>
        <translation>Paiements signalés par LigdiCash sans commande correspondante dans cette boutique. Ils ne rendent jamais une commande payée : réglez-les avec le client, puis notez ce qui a été fait.</translation>
    </message>
    <message>
        <source>Note, e.g. “refunded by Orange Money on 25/11”</source>
        <translation>Note, par ex. « remboursé par Orange Money le 25/11 »</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à examiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to review</source>
        <translation>
            <numerusform>%n paiement à examiner</numerusform>
            <numerusform>%n paiements à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a short note saying how it was settled.</source>
        <translation>Écrivez une courte note indiquant comment il a été réglé.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>UnmatchedPayment</name>
    <message>
        <source>not checked with LigdiCash</source>
        <translation>non vérifié auprès de LigdiCash</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>ZReportPrinter</name>
    <message>
        <source>Short</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Z REPORT</source>
        <translation>RAPPORT Z</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouverte le %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Clôturée le %1</translation>
    </message>
    <message>
        <source>Count approved by</source>
        <translation>Comptage approuvé par</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n)</source>
        <translation>
            <numerusform>Confirmé (%n)</numerusform>
            <numerusform>Confirmés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting confirmation (%n)</source>
        <translation>
            <numerusform>En attente de confirmation (%n)</numerusform>
            <numerusform>En attente de confirmation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message numerus="yes">
        <source>Cash (%n)</source>
        <translation>
            <numerusform>Espèces (%n)</numerusform>
            <numerusform>Espèces (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LigdiCash (%n)</source>
        <translation>
            <numerusform>LigdiCash (%n)</numerusform>
            <numerusform>LigdiCash (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>Par opérateur</translation>
    </message>
    <message>
        <source>No mobile money payment</source>
        <translation>Aucun paiement mobile money</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The printer refused the Z report.</source>
        <translation>L&apos;imprimante a refusé le rapport Z.</translation>
    </message>
</context>
<context>
    <name>ZReportView</name>
    <message>
        <source>Expected in the drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>opened %1 by %2, closed %3 by %4</source>
        <translation>ouverte le %1 par %2, clôturée le %3 par %4</translation>
    </message>
    <message>
        <source>Count approved by %1</source>
        <translation>Comptage approuvé par %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n)</source>
        <translation>
            <numerusform>Confirmé (%n)</numerusform>
            <numerusform>Confirmés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting confirmation (%n)</source>
        <translation>
            <numerusform>En attente de confirmation (%n)</numerusform>
            <numerusform>En attente de confirmation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message numerus="yes">
        <source>cash (%n)</source>
        <translation>
            <numerusform>espèces (%n)</numerusform>
            <numerusform>espèces (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LigdiCash (%n)</source>
        <translation>
            <numerusform>LigdiCash (%n)</numerusform>
            <numerusform>LigdiCash (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>Par opérateur</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ZReportsPage</name>
    <message>
        <source>Print again…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Rapports Z</translation>
    </message>
    <message>
        <source>Shifts opened from</source>
        <translation>Sessions ouvertes du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The shifts could not be listed. %1</source>
        <translation>La liste des sessions n&apos;a pas pu être chargée. %1</translation>
    </message>
    <message>
        <source>This shift is still open: its Z report is made when it closes.</source>
        <translation>Cette session est encore ouverte : son rapport Z sera établi à sa clôture.</translation>
    </message>
    <message>
        <source>The Z report could not be loaded. %1</source>
        <translation>Le rapport Z n&apos;a pas pu être chargé. %1</translation>
    </message>
    <message>
        <source>No Z report selected.</source>
        <translation>Aucun rapport Z sélectionné.</translation>
    </message>
    <message>
        <source>Save the Z report</source>
        <translation>Enregistrer le rapport Z</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Z report saved to %1.</source>
        <translation>Rapport Z enregistré dans %1.</translation>
    </message>
</context>
</TS>
