<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cart</name>
    <message>
        <source>appears on two lines</source>
        <translation>appears on two lines</translation>
    </message>
    <message>
        <source>This product is no longer for sale.</source>
        <translation>This product is no longer for sale.</translation>
    </message>
    <message>
        <source>This product has no name or no valid price and cannot be sold.</source>
        <translation>This product has no name or no valid price and cannot be sold.</translation>
    </message>
    <message>
        <source>A quantity must be between %1 and %2. To take a line off, remove it.</source>
        <translation>A quantity must be between %1 and %2. To take a line off, remove it.</translation>
    </message>
    <message>
        <source>A sale cannot have more than %1 lines. Finish this one and start another.</source>
        <translation>A sale cannot have more than %1 lines. Finish this one and start another.</translation>
    </message>
    <message>
        <source>That product is not in the cart.</source>
        <translation>That product is not in the cart.</translation>
    </message>
    <message>
        <source>The total would be too large for one sale.</source>
        <translation>The total would be too large for one sale.</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
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
        <translation>Exact</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <source>Cash payment</source>
        <translation>Cash payment</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Amount tendered</translation>
    </message>
    <message>
        <source>Type the amount or use the notes</source>
        <translation>Type the amount or use the notes</translation>
    </message>
    <message>
        <source>Adds a %1 note</source>
        <translation>Adds a %1 note</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>Change to give</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <source>Not a valid amount</source>
        <translation>Not a valid amount</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>Missing %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>Set up this till</source>
        <translation>Set up this till</translation>
    </message>
    <message>
        <source>Enter the address of the Comptoir server and the token printed by “comptoir-server terminal add” for this till.</source>
        <translation>Enter the address of the Comptoir server and the token printed by “comptoir-server terminal add” for this till.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Terminal token</source>
        <translation>Terminal token</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Till name</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The terminal token is missing.</source>
        <translation>The terminal token is missing.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The server refused this token. Check it, or create a new one with “comptoir-server terminal add”.</source>
        <translation>The server refused this token. Check it, or create a new one with “comptoir-server terminal add”.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (TLS error).</source>
        <translation>The server's certificate is not trusted (TLS error).</translation>
    </message>
    <message>
        <source>The server cannot be reached at this address.</source>
        <translation>The server cannot be reached at this address.</translation>
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
        <translation>a boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>must be a string, not %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n characters</source>
        <translation><numerusform>must be at most %n characters</numerusform><numerusform>must be at most %n characters</numerusform></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>must be a number, not %1</translation>
    </message>
    <message>
        <source>must be a whole number between %1 and %2</source>
        <translation>must be a whole number between %1 and %2</translation>
    </message>
    <message>
        <source>must be a number of francs, not %1</source>
        <translation>must be a number of francs, not %1</translation>
    </message>
    <message>
        <source>is too large (at most %1 francs)</source>
        <translation>is too large (at most %1 francs)</translation>
    </message>
    <message>
        <source>must be a whole number of francs (XOF has no cents)</source>
        <translation>must be a whole number of francs (XOF has no cents)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>must be true or false, not %1</translation>
    </message>
    <message>
        <source>must be a UUID such as 123e4567-e89b-12d3-a456-426614174000</source>
        <translation>must be a UUID such as 123e4567-e89b-12d3-a456-426614174000</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time, not %1</source>
        <translation>must be an ISO 8601 date and time, not %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-04-15T11:19:28Z</source>
        <translation>must be an ISO 8601 date and time such as 2026-04-15T11:19:28Z</translation>
    </message>
    <message>
        <source>must say its time zone (e.g. end with Z for UTC)</source>
        <translation>must say its time zone (e.g. end with Z for UTC)</translation>
    </message>
    <message>
        <source>must be an absolute http(s) URL</source>
        <translation>must be an absolute http(s) URL</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>must be an array, not %1</translation>
    </message>
    <message numerus="yes">
        <source>must have at most %n elements</source>
        <translation><numerusform>must have at most %n elements</numerusform><numerusform>must have at most %n elements</numerusform></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>must be an object, not %1</translation>
    </message>
</context>
<context>
    <name>LigdiCash</name>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>more than %1 fields</translation>
    </message>
    <message>
        <source>not valid form-urlencoded UTF-8</source>
        <translation>not valid form-urlencoded UTF-8</translation>
    </message>
    <message>
        <source>not a supported field name</source>
        <translation>not a supported field name</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>appears twice</translation>
    </message>
    <message>
        <source>sent both as text and in brackets</source>
        <translation>sent both as text and in brackets</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>larger than %1 bytes</translation>
    </message>
    <message>
        <source>expected %1 or %2, got "%3"</source>
        <translation>expected %1 or %2, got "%3"</translation>
    </message>
    <message>
        <source>expected "00" or "01"</source>
        <translation>expected "00" or "01"</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected the payment page URL</source>
        <translation>expected the payment page URL</translation>
    </message>
    <message>
        <source>expected an absolute http(s) URL</source>
        <translation>expected an absolute http(s) URL</translation>
    </message>
    <message>
        <source>expected the payer's number with its country code, digits only (e.g. 22670000000)</source>
        <translation>expected the payer's number with its country code, digits only (e.g. 22670000000)</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>more than %1 entries</translation>
    </message>
    <message>
        <source>keys must have 1 to 64 characters</source>
        <translation>keys must have 1 to 64 characters</translation>
    </message>
    <message>
        <source>expected a string or a number (custom_data is a flat object)</source>
        <translation>expected a string or a number (custom_data is a flat object)</translation>
    </message>
    <message>
        <source>quantity × unit_price overflows</source>
        <translation>quantity × unit_price overflows</translation>
    </message>
    <message>
        <source>the sum of the items overflows</source>
        <translation>the sum of the items overflows</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>must be empty for a hosted payin (a number hides operators on LigdiCash's page)</source>
        <translation>must be empty for a hosted payin (a number hides operators on LigdiCash's page)</translation>
    </message>
    <message>
        <source>must equal quantity × unit_price</source>
        <translation>must equal quantity × unit_price</translation>
    </message>
    <message>
        <source>must equal the sum of the items' total_price (%1)</source>
        <translation>must equal the sum of the items' total_price (%1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 XOF</source>
        <translation>must be between %1 and %2 XOF</translation>
    </message>
    <message>
        <source>LigdiCash refused the shop's API keys. Check the API key and token in the server settings.</source>
        <translation>LigdiCash refused the shop's API keys. Check the API key and token in the server settings.</translation>
    </message>
    <message>
        <source>Mobile money payments are not activated on the shop's LigdiCash project. Contact LigdiCash.</source>
        <translation>Mobile money payments are not activated on the shop's LigdiCash project. Contact LigdiCash.</translation>
    </message>
    <message>
        <source>LigdiCash refused the amount: it is outside the range allowed for this payment.</source>
        <translation>LigdiCash refused the amount: it is outside the range allowed for this payment.</translation>
    </message>
    <message>
        <source>LigdiCash refused the server's IP address. Ask LigdiCash to allow it.</source>
        <translation>LigdiCash refused the server's IP address. Ask LigdiCash to allow it.</translation>
    </message>
    <message>
        <source>LigdiCash could not process the request. Try again in a moment.</source>
        <translation>LigdiCash could not process the request. Try again in a moment.</translation>
    </message>
    <message>
        <source>LigdiCash could not reach the mobile money operator. Try again in a moment.</source>
        <translation>LigdiCash could not reach the mobile money operator. Try again in a moment.</translation>
    </message>
    <message>
        <source>LigdiCash could not send the request. Try again in a moment.</source>
        <translation>LigdiCash could not send the request. Try again in a moment.</translation>
    </message>
    <message>
        <source>This mobile money operator is not enabled on the shop's LigdiCash project.</source>
        <translation>This mobile money operator is not enabled on the shop's LigdiCash project.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the payment details as invalid.</source>
        <translation>LigdiCash rejected the payment details as invalid.</translation>
    </message>
    <message>
        <source>LigdiCash had an internal error. Try again in a moment.</source>
        <translation>LigdiCash had an internal error. Try again in a moment.</translation>
    </message>
    <message>
        <source>LigdiCash expected a request signature that was not sent.</source>
        <translation>LigdiCash expected a request signature that was not sent.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the request signature.</source>
        <translation>LigdiCash rejected the request signature.</translation>
    </message>
    <message>
        <source>LigdiCash refused the request method.</source>
        <translation>LigdiCash refused the request method.</translation>
    </message>
    <message>
        <source>This payment method is not allowed on the shop's LigdiCash project.</source>
        <translation>This payment method is not allowed on the shop's LigdiCash project.</translation>
    </message>
    <message>
        <source>The LigdiCash wallet credentials are wrong.</source>
        <translation>The LigdiCash wallet credentials are wrong.</translation>
    </message>
    <message>
        <source>The one-time code (OTP) is wrong. Ask the customer for a new code and try again.</source>
        <translation>The one-time code (OTP) is wrong. Ask the customer for a new code and try again.</translation>
    </message>
    <message>
        <source>The one-time code (OTP) has expired. Start a new payment.</source>
        <translation>The one-time code (OTP) has expired. Start a new payment.</translation>
    </message>
    <message>
        <source>LigdiCash refused the shop's API keys while checking a payment. Check the API key and token in the server settings.</source>
        <translation>LigdiCash refused the shop's API keys while checking a payment. Check the API key and token in the server settings.</translation>
    </message>
    <message>
        <source>LigdiCash does not know this invoice.</source>
        <translation>LigdiCash does not know this invoice.</translation>
    </message>
    <message>
        <source>LigdiCash could not check the payment right now. Try again in a moment.</source>
        <translation>LigdiCash could not check the payment right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>LigdiCash rejected the payment check as invalid.</source>
        <translation>LigdiCash rejected the payment check as invalid.</translation>
    </message>
    <message>
        <source>"%1" is not accepted: LigdiCash only takes XOF</source>
        <translation>"%1" is not accepted: LigdiCash only takes XOF</translation>
    </message>
    <message>
        <source>LigdiCash refused the request.</source>
        <translation>LigdiCash refused the request.</translation>
    </message>
    <message>
        <source>LigdiCash refused the request (code %1).</source>
        <translation>LigdiCash refused the request (code %1).</translation>
    </message>
    <message>
        <source>LigdiCash's data could not be read (%1). The payment was not changed.</source>
        <translation>LigdiCash's data could not be read (%1). The payment was not changed.</translation>
    </message>
    <message>
        <source>The amount cannot be paid through LigdiCash (%1).</source>
        <translation>The amount cannot be paid through LigdiCash (%1).</translation>
    </message>
    <message>
        <source>LigdiCash only accepts payments in XOF (%1).</source>
        <translation>LigdiCash only accepts payments in XOF (%1).</translation>
    </message>
    <message>
        <source>expected a string or a whole number</source>
        <translation>expected a string or a whole number</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a whole number of francs</source>
        <translation>expected a whole number of francs</translation>
    </message>
    <message>
        <source>too large (at most 9007199254740991 francs)</source>
        <translation>too large (at most 9007199254740991 francs)</translation>
    </message>
    <message>
        <source>expected a whole number of francs (a JSON number)</source>
        <translation>expected a whole number of francs (a JSON number)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>"%1" appears twice with different values</source>
        <translation>"%1" appears twice with different values</translation>
    </message>
    <message>
        <source>differs from amount (%1 and %2)</source>
        <translation>differs from amount (%1 and %2)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is at the till?</source>
        <translation>Who is at the till?</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Choose who you are first.</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>Wrong user or PIN.</translation>
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
        <translation>Lock the till</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Refresh the catalog</source>
        <translation>Refresh the catalog</translation>
    </message>
    <message>
        <source>A cash sale was refused by the server and kept for a manager: %1</source>
        <translation>A cash sale was refused by the server and kept for a manager: %1</translation>
    </message>
    <message>
        <source>Log out anyway</source>
        <translation>Log out anyway</translation>
    </message>
    <message numerus="yes">
        <source>%n cash sale(s) have not reached the server yet. They are kept on this computer and will be sent when the app runs again.</source>
        <translation><numerusform>%n cash sale has not reached the server yet. It is kept on this computer and will be sent when the app runs again.</numerusform><numerusform>%n cash sales have not reached the server yet. They are kept on this computer and will be sent when the app runs again.</numerusform></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>The server is back.</source>
        <translation>The server is back.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Cash sales still work and will be sent when it is back; LigdiCash is unavailable meanwhile.</source>
        <translation>The server cannot be reached. Cash sales still work and will be sent when it is back; LigdiCash is unavailable meanwhile.</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nobody logged in</translation>
    </message>
    <message>
        <source>Server: connected</source>
        <translation>Server: connected</translation>
    </message>
    <message>
        <source>Server: unreachable</source>
        <translation>Server: unreachable</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) not synced</source>
        <translation><numerusform>%n sale not synced</numerusform><numerusform>%n sales not synced</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) awaiting confirmation</source>
        <translation><numerusform>%n payment awaiting confirmation</numerusform><numerusform>%n payments awaiting confirmation</numerusform></translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Reprint last receipt</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1 The sale is recorded; use “Reprint last receipt” once the printer is back.</source>
        <translation>The receipt was not printed: %1 The sale is recorded; use “Reprint last receipt” once the printer is back.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>No receipt to print yet.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (check now)</source>
        <translation>%1 — %2 — %3 (check now)</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>The order has no identifier.</source>
        <translation>The order has no identifier.</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>The order has no lines.</translation>
    </message>
    <message>
        <source>An order cannot have more than %1 lines.</source>
        <translation>An order cannot have more than %1 lines.</translation>
    </message>
    <message>
        <source>An order line has no product, no name, or a quantity outside %1 to %2.</source>
        <translation>An order line has no product, no name, or a quantity outside %1 to %2.</translation>
    </message>
    <message>
        <source>A line total is not its unit price times its quantity.</source>
        <translation>A line total is not its unit price times its quantity.</translation>
    </message>
    <message>
        <source>The order total is not the sum of its lines.</source>
        <translation>The order total is not the sum of its lines.</translation>
    </message>
    <message>
        <source>The total is too large for one order.</source>
        <translation>The total is too large for one order.</translation>
    </message>
    <message>
        <source>Only XOF (franc CFA) is accepted.</source>
        <translation>Only XOF (franc CFA) is accepted.</translation>
    </message>
    <message>
        <source>Cash amounts only apply to cash orders.</source>
        <translation>Cash amounts only apply to cash orders.</translation>
    </message>
    <message>
        <source>Enter the amount the customer handed over.</source>
        <translation>Enter the amount the customer handed over.</translation>
    </message>
    <message>
        <source>The amount handed over is less than the total.</source>
        <translation>The amount handed over is less than the total.</translation>
    </message>
    <message>
        <source>The order is already in that state.</source>
        <translation>The order is already in that state.</translation>
    </message>
    <message>
        <source>The order cannot change to that state now.</source>
        <translation>The order cannot change to that state now.</translation>
    </message>
    <message>
        <source>The order can no longer be changed.</source>
        <translation>The order can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>The order is already %1.</source>
        <translation>The order is already %1.</translation>
    </message>
    <message>
        <source>An order cannot go from "%1" to "%2".</source>
        <translation>An order cannot go from "%1" to "%2".</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Open the payment page</source>
        <translation>Open the payment page</translation>
    </message>
    <message>
        <source>Cancel payment (Esc)</source>
        <translation>Cancel payment (Esc)</translation>
    </message>
    <message>
        <source>Try LigdiCash again</source>
        <translation>Try LigdiCash again</translation>
    </message>
    <message>
        <source>Take cash instead (F8)</source>
        <translation>Take cash instead (F8)</translation>
    </message>
    <message>
        <source>Set aside and keep watching</source>
        <translation>Set aside and keep watching</translation>
    </message>
    <message>
        <source>New sale (Enter)</source>
        <translation>New sale (Enter)</translation>
    </message>
    <message>
        <source>LigdiCash payment</source>
        <translation>LigdiCash payment</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>QR code of the payment page</translation>
    </message>
    <message>
        <source>Amount to pay with LigdiCash</source>
        <translation>Amount to pay with LigdiCash</translation>
    </message>
    <message>
        <source>The customer had already paid: the payment wins, the sale is complete.</source>
        <translation>The customer had already paid: the payment wins, the sale is complete.</translation>
    </message>
    <message>
        <source>Paid with %1.</source>
        <translation>Paid with %1.</translation>
    </message>
    <message>
        <source>Creating the payment…</source>
        <translation>Creating the payment…</translation>
    </message>
    <message>
        <source>The payment could not be started.</source>
        <translation>The payment could not be started.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay…</source>
        <translation>Waiting for the customer to pay…</translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation>Not confirmed yet.</translation>
    </message>
    <message>
        <source>✓ Paid</source>
        <translation>✓ Paid</translation>
    </message>
    <message>
        <source>Payment failed.</source>
        <translation>Payment failed.</translation>
    </message>
    <message>
        <source>Payment cancelled.</source>
        <translation>Payment cancelled.</translation>
    </message>
    <message>
        <source>The customer scans the code with their phone, or pays on the page opened in the browser.</source>
        <translation>The customer scans the code with their phone, or pays on the page opened in the browser.</translation>
    </message>
    <message>
        <source>LigdiCash has not confirmed this payment. You can set the order aside: it stays in the list of payments awaiting confirmation and is still watched.</source>
        <translation>LigdiCash has not confirmed this payment. You can set the order aside: it stays in the list of payments awaiting confirmation and is still watched.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>No reason was given.</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Back to the sale</translation>
    </message>
    <message>
        <source>Send to the phone (Enter)</source>
        <translation>Send to the phone (Enter)</translation>
    </message>
    <message>
        <source>only if the operator asks for one</source>
        <translation>only if the operator asks for one</translation>
    </message>
    <message>
        <source>Customer's number</source>
        <translation>Customer's number</translation>
    </message>
    <message>
        <source>OTP code</source>
        <translation>OTP code</translation>
    </message>
    <message>
        <source>Type the customer's number with its country code, e.g. 22670123456.</source>
        <translation>Type the customer's number with its country code, e.g. 22670123456.</translation>
    </message>
    <message>
        <source>The payment request was sent to %1. The customer approves it on their phone.</source>
        <translation>The payment request was sent to %1. The customer approves it on their phone.</translation>
    </message>
    <message>
        <source>Pay from the customer's phone</source>
        <translation>Pay from the customer's phone</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
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
        <translation>PIN</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase (Backspace)</source>
        <translation>Erase (Backspace)</translation>
    </message>
    <message>
        <source>Log in (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Till: %1</source>
        <translation>Till: %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Sale %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Thank you, see you soon!</source>
        <translation>Thank you, see you soon!</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>The PDF receipt could not be written to %1.</source>
        <translation>The PDF receipt could not be written to %1.</translation>
    </message>
    <message>
        <source>The receipt printer is not available (%1).</source>
        <translation>The receipt printer is not available (%1).</translation>
    </message>
    <message>
        <source>The printer “%1” was not found.</source>
        <translation>The printer “%1” was not found.</translation>
    </message>
    <message>
        <source>The printer “%1” refused the receipt.</source>
        <translation>The printer “%1” refused the receipt.</translation>
    </message>
    <message>
        <source>Unknown receipt output “%1”.</source>
        <translation>Unknown receipt output “%1”.</translation>
    </message>
</context>
<context>
    <name>SaleController</name>
    <message>
        <source>The cart is locked while a payment is in progress.</source>
        <translation>The cart is locked while a payment is in progress.</translation>
    </message>
    <message>
        <source>The sale could not be saved on this computer: %1</source>
        <translation>The sale could not be saved on this computer: %1</translation>
    </message>
    <message>
        <source>Quantity must be between 1 and %1.</source>
        <translation>Quantity must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The cart is empty: nothing to hold.</source>
        <translation>The cart is empty: nothing to hold.</translation>
    </message>
    <message>
        <source>The sale could not be held: %1</source>
        <translation>The sale could not be held: %1</translation>
    </message>
    <message>
        <source>This held sale no longer exists.</source>
        <translation>This held sale no longer exists.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>The total of this sale is not valid.</source>
        <translation>The total of this sale is not valid.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled yet; try again.</source>
        <translation>The payment could not be cancelled yet; try again.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled: %1</source>
        <translation>The payment could not be cancelled: %1</translation>
    </message>
    <message>
        <source>The amount tendered is less than the total.</source>
        <translation>The amount tendered is less than the total.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan or search a product (F2)</source>
        <translation>Scan or search a product (F2)</translation>
    </message>
    <message>
        <source>Search or scan</source>
        <translation>Search or scan</translation>
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
        <translation>Qty
F4</translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation>Remove
Del</translation>
    </message>
    <message>
        <source>Clear
Ctrl+Del</source>
        <translation>Clear
Ctrl+Del</translation>
    </message>
    <message>
        <source>Hold sale (F6)</source>
        <translation>Hold sale (F6)</translation>
    </message>
    <message>
        <source>Resume (F7)</source>
        <translation>Resume (F7)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash
F8</source>
        <translation>Cash
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
        <translation>Sale recorded. Change: %1</translation>
    </message>
    <message>
        <source>LigdiCash payment of %1 confirmed.</source>
        <translation>LigdiCash payment of %1 confirmed.</translation>
    </message>
    <message>
        <source>A payment set aside earlier is now confirmed (%1).</source>
        <translation>A payment set aside earlier is now confirmed (%1).</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
    <message>
        <source>Several products match “%1”: touch the right one.</source>
        <translation>Several products match “%1”: touch the right one.</translation>
    </message>
    <message numerus="yes">
        <source>Clear the cart (%n line(s))?</source>
        <translation><numerusform>Clear the cart (%n line)?</numerusform><numerusform>Clear the cart (%n lines)?</numerusform></translation>
    </message>
    <message>
        <source>Yes, clear</source>
        <translation>Yes, clear</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sale held. Resume it with F7.</source>
        <translation>Sale held. Resume it with F7.</translation>
    </message>
    <message>
        <source>No sale is on hold.</source>
        <translation>No sale is on hold.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n line(s), %2</source>
        <translation><numerusform>%1 — %n line, %2</numerusform><numerusform>%1 — %n lines, %2</numerusform></translation>
    </message>
    <message>
        <source>Sale resumed.</source>
        <translation>Sale resumed.</translation>
    </message>
    <message>
        <source>A LigdiCash payment is in progress for this cart.</source>
        <translation>A LigdiCash payment is in progress for this cart.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>LigdiCash needs the server, which cannot be reached. Cash still works.</source>
        <translation>LigdiCash needs the server, which cannot be reached. Cash still works.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Pay with LigdiCash mobile money (F9)</source>
        <translation>Pay with LigdiCash mobile money (F9)</translation>
    </message>
    <message>
        <source>Unavailable: the server cannot be reached.</source>
        <translation>Unavailable: the server cannot be reached.</translation>
    </message>
    <message>
        <source>A LigdiCash payment is in progress: the cart is locked until it is paid or cancelled. Press F9 to see it.</source>
        <translation>A LigdiCash payment is in progress: the cart is locked until it is paid or cancelled. Press F9 to see it.</translation>
    </message>
    <message>
        <source>By number (Shift+F9)</source>
        <translation>By number (Shift+F9)</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted (TLS error).</source>
        <translation>The server's certificate is not trusted (TLS error).</translation>
    </message>
    <message>
        <source>Access refused: check the terminal token or log in again.</source>
        <translation>Access refused: check the terminal token or log in again.</translation>
    </message>
    <message>
        <source>This action needs a manager.</source>
        <translation>This action needs a manager.</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Not found on the server.</translation>
    </message>
    <message>
        <source>The server already has a different order with this number.</source>
        <translation>The server already has a different order with this number.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>The server refused the request.</translation>
    </message>
    <message>
        <source>The payment service is unavailable for now.</source>
        <translation>The payment service is unavailable for now.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation>Too many attempts; wait a moment.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>The server had an internal error.</translation>
    </message>
    <message>
        <source>The server sent an unexpected answer.</source>
        <translation>The server sent an unexpected answer.</translation>
    </message>
</context>
<context>
    <name>SessionRequest</name>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>must be 4 to 8 digits</translation>
    </message>
</context>
<context>
    <name>StartPaymentRequest</name>
    <message>
        <source>is required for a direct payment</source>
        <translation>is required for a direct payment</translation>
    </message>
    <message>
        <source>must be 8 to 15 digits, country code included</source>
        <translation>must be 8 to 15 digits, country code included</translation>
    </message>
    <message>
        <source>must be 4 to 8 digits</source>
        <translation>must be 4 to 8 digits</translation>
    </message>
    <message>
        <source>only applies to a direct payment</source>
        <translation>only applies to a direct payment</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Token saved in %1 (readable only by you).</source>
        <translation>Token saved in %1 (readable only by you).</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>The token could not be saved: %1</translation>
    </message>
    <message>
        <source>Token saved in the system keychain.</source>
        <translation>Token saved in the system keychain.</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
</context>
</TS>