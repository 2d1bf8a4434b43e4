<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cart</name>
    <message>
        <source>appears on two lines</source>
        <translation>figure sur deux lignes</translation>
    </message>
    <message>
        <source>This product is no longer for sale.</source>
        <translation>Ce produit n'est plus en vente.</translation>
    </message>
    <message>
        <source>This product has no name or no valid price and cannot be sold.</source>
        <translation>Ce produit n'a pas de nom ou pas de prix valide et ne peut pas être vendu.</translation>
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
        <translation>Ce produit n'est pas dans le panier.</translation>
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
        <translation>Ce n'est pas un montant valide</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Il manque %1</translation>
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
        <translation>Saisissez l'adresse du serveur Comptoir et le jeton affiché par « comptoir-server terminal add » pour cette caisse.</translation>
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
        <translation>L'adresse du serveur doit commencer par http:// ou https://.</translation>
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
        <source>The server's certificate is not trusted (TLS error).</source>
        <translation>Le certificat du serveur n'est pas reconnu (erreur TLS).</translation>
    </message>
    <message>
        <source>The server cannot be reached at this address.</source>
        <translation>Le serveur est injoignable à cette adresse.</translation>
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
        <translation>doit être l'une des valeurs : %1</translation>
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
        <translation><numerusform>doit faire au plus %n caractère</numerusform><numerusform>doit faire au plus %n caractères</numerusform></translation>
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
        <translation>doit être un nombre entier de francs (le XOF n'a pas de centimes)</translation>
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
        <translation><numerusform>doit avoir au plus %n élément</numerusform><numerusform>doit avoir au plus %n éléments</numerusform></translation>
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
        <translation>n'est pas un nom de champ pris en charge</translation>
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
        <source>expected %1 or %2, got "%3"</source>
        <translation>%1 ou %2 attendu, reçu « %3 »</translation>
    </message>
    <message>
        <source>expected "00" or "01"</source>
        <translation>« 00 » ou « 01 » attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected the payment page URL</source>
        <translation>l'URL de la page de paiement était attendue</translation>
    </message>
    <message>
        <source>expected an absolute http(s) URL</source>
        <translation>une URL http(s) absolue était attendue</translation>
    </message>
    <message>
        <source>expected the payer's number with its country code, digits only (e.g. 22670000000)</source>
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
        <source>must be empty for a hosted payin (a number hides operators on LigdiCash's page)</source>
        <translation>doit être vide pour un paiement par page LigdiCash (un numéro masque des opérateurs sur la page)</translation>
    </message>
    <message>
        <source>must equal quantity × unit_price</source>
        <translation>doit être égal à quantité × prix unitaire</translation>
    </message>
    <message>
        <source>must equal the sum of the items' total_price (%1)</source>
        <translation>doit être égal à la somme des total_price des articles (%1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 XOF</source>
        <translation>doit être entre %1 et %2 XOF</translation>
    </message>
    <message>
        <source>LigdiCash refused the shop's API keys. Check the API key and token in the server settings.</source>
        <translation>LigdiCash a refusé les clés d'API de la boutique. Vérifiez la clé d'API et le jeton dans les réglages du serveur.</translation>
    </message>
    <message>
        <source>Mobile money payments are not activated on the shop's LigdiCash project. Contact LigdiCash.</source>
        <translation>Les paiements mobile money ne sont pas activés sur le projet LigdiCash de la boutique. Contactez LigdiCash.</translation>
    </message>
    <message>
        <source>LigdiCash refused the amount: it is outside the range allowed for this payment.</source>
        <translation>LigdiCash a refusé le montant : il est hors des limites permises pour ce paiement.</translation>
    </message>
    <message>
        <source>LigdiCash refused the server's IP address. Ask LigdiCash to allow it.</source>
        <translation>LigdiCash a refusé l'adresse IP du serveur. Demandez à LigdiCash de l'autoriser.</translation>
    </message>
    <message>
        <source>LigdiCash could not process the request. Try again in a moment.</source>
        <translation>LigdiCash n'a pas pu traiter la demande. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash could not reach the mobile money operator. Try again in a moment.</source>
        <translation>LigdiCash n'a pas pu joindre l'opérateur mobile money. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash could not send the request. Try again in a moment.</source>
        <translation>LigdiCash n'a pas pu envoyer la demande. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This mobile money operator is not enabled on the shop's LigdiCash project.</source>
        <translation>Cet opérateur mobile money n'est pas activé sur le projet LigdiCash de la boutique.</translation>
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
        <translation>LigdiCash attendait une signature de requête qui n'a pas été envoyée.</translation>
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
        <source>This payment method is not allowed on the shop's LigdiCash project.</source>
        <translation>Ce moyen de paiement n'est pas autorisé sur le projet LigdiCash de la boutique.</translation>
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
        <source>LigdiCash refused the shop's API keys while checking a payment. Check the API key and token in the server settings.</source>
        <translation>LigdiCash a refusé les clés d'API de la boutique lors de la vérification d'un paiement. Vérifiez la clé d'API et le jeton dans les réglages du serveur.</translation>
    </message>
    <message>
        <source>LigdiCash does not know this invoice.</source>
        <translation>LigdiCash ne connaît pas cette facture.</translation>
    </message>
    <message>
        <source>LigdiCash could not check the payment right now. Try again in a moment.</source>
        <translation>LigdiCash n'a pas pu vérifier le paiement pour le moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the payment check as invalid.</source>
        <translation>LigdiCash a rejeté la vérification du paiement comme invalide.</translation>
    </message>
    <message>
        <source>"%1" is not accepted: LigdiCash only takes XOF</source>
        <translation>« %1 » n'est pas accepté : LigdiCash ne prend que le XOF</translation>
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
        <source>LigdiCash's data could not be read (%1). The payment was not changed.</source>
        <translation>Les données de LigdiCash n'ont pas pu être lues (%1). Le paiement n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The amount cannot be paid through LigdiCash (%1).</source>
        <translation>Ce montant ne peut pas être payé par LigdiCash (%1).</translation>
    </message>
    <message>
        <source>LigdiCash only accepts payments in XOF (%1).</source>
        <translation>LigdiCash n'accepte que les paiements en XOF (%1).</translation>
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
        <source>"%1" appears twice with different values</source>
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
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Choisissez d'abord qui vous êtes.</translation>
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
        <translation><numerusform>%n vente en espèces n'a pas encore atteint le serveur. Elle est conservée sur cet ordinateur et sera envoyée au prochain lancement.</numerusform><numerusform>%n ventes en espèces n'ont pas encore atteint le serveur. Elles sont conservées sur cet ordinateur et seront envoyées au prochain lancement.</numerusform></translation>
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
        <translation><numerusform>%n vente non synchronisée</numerusform><numerusform>%n ventes non synchronisées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) awaiting confirmation</source>
        <translation><numerusform>%n paiement en attente de confirmation</numerusform><numerusform>%n paiements en attente de confirmation</numerusform></translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Réimprimer le dernier reçu</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1 The sale is recorded; use “Reprint last receipt” once the printer is back.</source>
        <translation>Le reçu n'a pas été imprimé : %1 La vente est enregistrée ; utilisez « Réimprimer le dernier reçu » quand l'imprimante sera revenue.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>Aucun reçu à imprimer pour l'instant.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (check now)</source>
        <translation>%1 — %2 — %3 (vérifier maintenant)</translation>
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
        <translation>La commande n'a pas d'identifiant.</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>La commande n'a aucune ligne.</translation>
    </message>
    <message>
        <source>An order cannot have more than %1 lines.</source>
        <translation>Une commande ne peut pas avoir plus de %1 lignes.</translation>
    </message>
    <message>
        <source>An order line has no product, no name, or a quantity outside %1 to %2.</source>
        <translation>Une ligne de commande n'a pas de produit, pas de nom, ou une quantité hors de %1 à %2.</translation>
    </message>
    <message>
        <source>A line total is not its unit price times its quantity.</source>
        <translation>Le total d'une ligne n'est pas son prix unitaire multiplié par sa quantité.</translation>
    </message>
    <message>
        <source>The order total is not the sum of its lines.</source>
        <translation>Le total de la commande n'est pas la somme de ses lignes.</translation>
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
        <translation>Les montants en espèces ne s'appliquent qu'aux commandes payées en espèces.</translation>
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
    <name>OrderState</name>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Pas encore confirmée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
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
        <source>An order cannot go from "%1" to "%2".</source>
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
        <translation>Le client avait déjà payé : le paiement l'emporte, la vente est conclue.</translation>
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
        <translation>Le paiement n'a pas pu être lancé.</translation>
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
        <translation>LigdiCash n'a pas confirmé ce paiement. Vous pouvez mettre la commande de côté : elle reste dans la liste des paiements en attente de confirmation et continue d'être surveillée.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison n'a été donnée.</translation>
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
        <translation>seulement si l'opérateur en demande un</translation>
    </message>
    <message>
        <source>Customer's number</source>
        <translation>Numéro du client</translation>
    </message>
    <message>
        <source>OTP code</source>
        <translation>Code OTP</translation>
    </message>
    <message>
        <source>Type the customer's number with its country code, e.g. 22670123456.</source>
        <translation>Tapez le numéro du client avec l'indicatif pays, par ex. 22670123456.</translation>
    </message>
    <message>
        <source>The payment request was sent to %1. The customer approves it on their phone.</source>
        <translation>La demande de paiement a été envoyée au %1. Le client la valide sur son téléphone.</translation>
    </message>
    <message>
        <source>Pay from the customer's phone</source>
        <translation>Paiement depuis le téléphone du client</translation>
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
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>The PDF receipt could not be written to %1.</source>
        <translation>Le reçu PDF n'a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The receipt printer is not available (%1).</source>
        <translation>L'imprimante de reçus n'est pas disponible (%1).</translation>
    </message>
    <message>
        <source>The printer “%1” was not found.</source>
        <translation>L'imprimante « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>The printer “%1” refused the receipt.</source>
        <translation>L'imprimante « %1 » a refusé le reçu.</translation>
    </message>
    <message>
        <source>Unknown receipt output “%1”.</source>
        <translation>Sortie de reçu inconnue « %1 ».</translation>
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
        <translation>La vente n'a pas pu être enregistrée sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Quantity must be between 1 and %1.</source>
        <translation>La quantité doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>The cart is empty: nothing to hold.</source>
        <translation>Le panier est vide : rien à mettre en attente.</translation>
    </message>
    <message>
        <source>The sale could not be held: %1</source>
        <translation>La vente n'a pas pu être mise en attente : %1</translation>
    </message>
    <message>
        <source>This held sale no longer exists.</source>
        <translation>Cette vente en attente n'existe plus.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>The total of this sale is not valid.</source>
        <translation>Le total de cette vente n'est pas valide.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled yet; try again.</source>
        <translation>Le paiement n'a pas encore pu être annulé ; réessayez.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled: %1</source>
        <translation>Le paiement n'a pas pu être annulé : %1</translation>
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
        <translation><numerusform>Vider le panier (%n ligne) ?</numerusform><numerusform>Vider le panier (%n lignes) ?</numerusform></translation>
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
        <translation>Aucune vente n'est en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s), %2</source>
        <translation><numerusform>%1 — %n ligne, %2</numerusform><numerusform>%1 — %n lignes, %2</numerusform></translation>
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
        <translation>Un paiement LigdiCash est en cours : le panier est verrouillé jusqu'au paiement ou à l'annulation. Appuyez sur F9 pour le voir.</translation>
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
        <translation>Le serveur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (TLS error).</source>
        <translation>Le certificat du serveur n'est pas reconnu (erreur TLS).</translation>
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
        <translation>ne s'applique qu'à un paiement direct</translation>
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
        <translation>Le jeton n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Jeton enregistré dans le trousseau du système.</translation>
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
</TS>