<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackOfficeWindow</name>
    <message>
        <source>Back to the sale (Esc)</source>
        <translation>Back to the sale (Esc)</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Order history</translation>
    </message>
    <message>
        <source>Unmatched payments</source>
        <translation>Unmatched payments</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z reports</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>Terminals</translation>
    </message>
</context>
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
    <name>CatalogAdminPage</name>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;New product…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Filter by name, SKU or barcode</source>
        <translation>Filter by name, SKU or barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Could not load the products. %1</source>
        <translation>Could not load the products. %1</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” saved.</translation>
    </message>
    <message>
        <source>“%1” is on sale again.</source>
        <translation>“%1” is on sale again.</translation>
    </message>
    <message>
        <source>“%1” is deactivated: it can no longer be sold.</source>
        <translation>“%1” is deactivated: it can no longer be sold.</translation>
    </message>
    <message>
        <source>Deactivate “%1”? It will no longer be sold; past orders keep it.</source>
        <translation>Deactivate “%1”? It will no longer be sold; past orders keep it.</translation>
    </message>
    <message>
        <source>Yes, deactivate</source>
        <translation>Yes, deactivate</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <source>catalog.csv</source>
        <translation>catalog.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>The export failed. %1</translation>
    </message>
    <message>
        <source>Catalog exported to %1.</source>
        <translation>Catalog exported to %1.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown</source>
        <translation>
            <numerusform>%1 of %n product shown</numerusform>
            <numerusform>%1 of %n products shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogProductModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import products from %1</source>
        <translation>Import products from %1</translation>
    </message>
    <message>
        <source>Accepted rows (first 50):</source>
        <translation>Accepted rows (first 50):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Why it is rejected</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>This file is too large for a catalog (%1 MB).</source>
        <translation>This file is too large for a catalog (%1 MB).</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1 new, %2 updated, %3 rejected.</source>
        <translation>
            <numerusform>%n row read: %1 new, %2 updated, %3 rejected.</numerusform>
            <numerusform>%n rows read: %1 new, %2 updated, %3 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already match the catalog.</source>
        <translation>
            <numerusform>%n row already matches the catalog.</numerusform>
            <numerusform>%n rows already match the catalog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows are skipped; fix them in the file and import it again.</source>
        <translation>Rejected rows are skipped; fix them in the file and import it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s):</source>
        <translation>
            <numerusform>%n rejected row:</numerusform>
            <numerusform>%n rejected rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n product(s)</source>
        <translation>
            <numerusform>&amp;Import %n product</numerusform>
            <numerusform>&amp;Import %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the catalog already matches this file.</source>
        <translation>Nothing to change: the catalog already matches this file.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>No row can be imported.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <translation>Imported: %1 new, %2 updated.</translation>
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
        <source>The server&apos;s certificate is not trusted (TLS error).</source>
        <translation>The server&apos;s certificate is not trusted (TLS error).</translation>
    </message>
    <message>
        <source>The server cannot be reached at this address.</source>
        <translation>The server cannot be reached at this address.</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Order created</translation>
    </message>
    <message>
        <source>LigdiCash invoice requested</source>
        <translation>LigdiCash invoice requested</translation>
    </message>
    <message>
        <source>LigdiCash invoice created</source>
        <translation>LigdiCash invoice created</translation>
    </message>
    <message>
        <source>LigdiCash invoice refused</source>
        <translation>LigdiCash invoice refused</translation>
    </message>
    <message>
        <source>LigdiCash callback</source>
        <translation>LigdiCash callback</translation>
    </message>
    <message>
        <source>LigdiCash confirm</source>
        <translation>LigdiCash confirm</translation>
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
        <source>Amount mismatch</source>
        <translation>Amount mismatch</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Paid late</translation>
    </message>
    <message>
        <source>Reviewed by a manager</source>
        <translation>Reviewed by a manager</translation>
    </message>
    <message>
        <source>Re-verified by a manager</source>
        <translation>Re-verified by a manager</translation>
    </message>
    <message>
        <source>sent as JSON</source>
        <translation>sent as JSON</translation>
    </message>
    <message>
        <source>sent as a form</source>
        <translation>sent as a form</translation>
    </message>
    <message>
        <source>sent as %1</source>
        <translation>sent as %1</translation>
    </message>
    <message>
        <source>duplicate, ignored</source>
        <translation>duplicate, ignored</translation>
    </message>
    <message>
        <source>first delivery</source>
        <translation>first delivery</translation>
    </message>
    <message>
        <source>LigdiCash asked</source>
        <translation>LigdiCash asked</translation>
    </message>
    <message>
        <source>LigdiCash not asked (status is final)</source>
        <translation>LigdiCash not asked (status is final)</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>still %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>LigdiCash status: %1</source>
        <translation>LigdiCash status: %1</translation>
    </message>
    <message>
        <source>response code %1</source>
        <translation>response code %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation>claimed %1</translation>
    </message>
    <message>
        <source>claimed status: %1</source>
        <translation>claimed status: %1</translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation>operator: %1</translation>
    </message>
    <message>
        <source>LigdiCash reference: %1</source>
        <translation>LigdiCash reference: %1</translation>
    </message>
    <message>
        <source>LigdiCash payment page</source>
        <translation>LigdiCash payment page</translation>
    </message>
    <message>
        <source>direct payin</source>
        <translation>direct payin</translation>
    </message>
    <message>
        <source>after a callback</source>
        <translation>after a callback</translation>
    </message>
    <message>
        <source>status check</source>
        <translation>status check</translation>
    </message>
    <message>
        <source>from the till</source>
        <translation>from the till</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>after %1 s</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>not completed</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a manager&apos;s note, quoted</comment>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Click to sort</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>LigdiCash reference</source>
        <translation>LigdiCash reference</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>HistoryOrder</name>
    <message>
        <source>Amount mismatch</source>
        <translation>Amount mismatch</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Paid late</translation>
    </message>
    <message>
        <source>%1 (reviewed)</source>
        <translation>%1 (reviewed)</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>To review only</source>
        <translation>To review only</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>All tills</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>All cashiers</translation>
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
        <translation>Order number, LigdiCash reference or customer number</translation>
    </message>
    <message>
        <source>Orders with an amount mismatch or paid late, not yet reviewed</source>
        <translation>Orders with an amount mismatch or paid late, not yet reviewed</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>The orders could not be loaded: %1</source>
        <translation>The orders could not be loaded: %1</translation>
    </message>
    <message>
        <source>Amounts are whole francs, e.g. 2500 or 2 500.</source>
        <translation>Amounts are whole francs, e.g. 2500 or 2 500.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Totals unavailable: %1</source>
        <translation>Totals unavailable: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) · %1</source>
        <translation>
            <numerusform>%Ln order · %1</numerusform>
            <numerusform>%Ln orders · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paid: %Ln · %1</source>
        <translation>
            <numerusform>paid: %Ln · %1</numerusform>
            <numerusform>paid: %Ln · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>Export the orders</source>
        <translation>Export the orders</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (%2).</source>
        <translation>Exported to %1 (%2).</translation>
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
        <translation>
            <numerusform>must be at most %n characters</numerusform>
            <numerusform>must be at most %n characters</numerusform>
        </translation>
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
        <translation>
            <numerusform>must have at most %n elements</numerusform>
            <numerusform>must have at most %n elements</numerusform>
        </translation>
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
        <source>expected %1 or %2, got &quot;%3&quot;</source>
        <translation>expected %1 or %2, got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected &quot;00&quot; or &quot;01&quot;</source>
        <translation>expected &quot;00&quot; or &quot;01&quot;</translation>
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
        <source>expected the payer&apos;s number with its country code, digits only (e.g. 22670000000)</source>
        <translation>expected the payer&apos;s number with its country code, digits only (e.g. 22670000000)</translation>
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
        <source>must be empty for a hosted payin (a number hides operators on LigdiCash&apos;s page)</source>
        <translation>must be empty for a hosted payin (a number hides operators on LigdiCash&apos;s page)</translation>
    </message>
    <message>
        <source>must equal quantity × unit_price</source>
        <translation>must equal quantity × unit_price</translation>
    </message>
    <message>
        <source>must equal the sum of the items&apos; total_price (%1)</source>
        <translation>must equal the sum of the items&apos; total_price (%1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 XOF</source>
        <translation>must be between %1 and %2 XOF</translation>
    </message>
    <message>
        <source>LigdiCash refused the shop&apos;s API keys. Check the API key and token in the server settings.</source>
        <translation>LigdiCash refused the shop&apos;s API keys. Check the API key and token in the server settings.</translation>
    </message>
    <message>
        <source>Mobile money payments are not activated on the shop&apos;s LigdiCash project. Contact LigdiCash.</source>
        <translation>Mobile money payments are not activated on the shop&apos;s LigdiCash project. Contact LigdiCash.</translation>
    </message>
    <message>
        <source>LigdiCash refused the amount: it is outside the range allowed for this payment.</source>
        <translation>LigdiCash refused the amount: it is outside the range allowed for this payment.</translation>
    </message>
    <message>
        <source>LigdiCash refused the server&apos;s IP address. Ask LigdiCash to allow it.</source>
        <translation>LigdiCash refused the server&apos;s IP address. Ask LigdiCash to allow it.</translation>
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
        <source>This mobile money operator is not enabled on the shop&apos;s LigdiCash project.</source>
        <translation>This mobile money operator is not enabled on the shop&apos;s LigdiCash project.</translation>
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
        <source>This payment method is not allowed on the shop&apos;s LigdiCash project.</source>
        <translation>This payment method is not allowed on the shop&apos;s LigdiCash project.</translation>
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
        <source>LigdiCash refused the shop&apos;s API keys while checking a payment. Check the API key and token in the server settings.</source>
        <translation>LigdiCash refused the shop&apos;s API keys while checking a payment. Check the API key and token in the server settings.</translation>
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
        <source>&quot;%1&quot; is not accepted: LigdiCash only takes XOF</source>
        <translation>&quot;%1&quot; is not accepted: LigdiCash only takes XOF</translation>
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
        <source>LigdiCash&apos;s data could not be read (%1). The payment was not changed.</source>
        <translation>LigdiCash&apos;s data could not be read (%1). The payment was not changed.</translation>
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
        <source>&quot;%1&quot; appears twice with different values</source>
        <translation>&quot;%1&quot; appears twice with different values</translation>
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
        <translation>
            <numerusform>%n cash sale has not reached the server yet. It is kept on this computer and will be sent when the app runs again.</numerusform>
            <numerusform>%n cash sales have not reached the server yet. They are kept on this computer and will be sent when the app runs again.</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n sale not synced</numerusform>
            <numerusform>%n sales not synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) awaiting confirmation</source>
        <translation>
            <numerusform>%n payment awaiting confirmation</numerusform>
            <numerusform>%n payments awaiting confirmation</numerusform>
        </translation>
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
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Open a shift…</source>
        <translation>Open a shift…</translation>
    </message>
    <message>
        <source>Close the shift (Z)…</source>
        <translation>Close the shift (Z)…</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
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
    <name>OrderDetailDialog</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Re-verify now</source>
        <translation>Re-verify now</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>LigdiCash reference</source>
        <translation>LigdiCash reference</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>Invoice token</source>
        <translation>Invoice token</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Cash tendered / change</source>
        <translation>Cash tendered / change</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What was checked, e.g. “customer paid the difference in cash”</source>
        <translation>What was checked, e.g. “customer paid the difference in cash”</translation>
    </message>
    <message>
        <source>Ask LigdiCash again now whether this order was paid</source>
        <translation>Ask LigdiCash again now whether this order was paid</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Order %1 — %2</translation>
    </message>
    <message>
        <source>%1 (payment page)</source>
        <translation>%1 (payment page)</translation>
    </message>
    <message>
        <source>%1 (approved on the phone)</source>
        <translation>%1 (approved on the phone)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>LigdiCash confirmed %1 for an order of %2: the amounts differ.</source>
        <translation>LigdiCash confirmed %1 for an order of %2: the amounts differ.</translation>
    </message>
    <message>
        <source>LigdiCash confirmed this payment after the order was closed.</source>
        <translation>LigdiCash confirmed this payment after the order was closed.</translation>
    </message>
    <message>
        <source>It was also confirmed after the order was closed.</source>
        <translation>It was also confirmed after the order was closed.</translation>
    </message>
    <message>
        <source>A manager should review it.</source>
        <translation>A manager should review it.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2: %3</source>
        <translation>Reviewed by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>Replace the note</source>
        <translation>Replace the note</translation>
    </message>
    <message>
        <source>Asking LigdiCash…</source>
        <translation>Asking LigdiCash…</translation>
    </message>
    <message>
        <source>This order never had a LigdiCash invoice: there is nothing to verify.</source>
        <translation>This order never had a LigdiCash invoice: there is nothing to verify.</translation>
    </message>
    <message>
        <source>Verified with LigdiCash: still %1.</source>
        <translation>Verified with LigdiCash: still %1.</translation>
    </message>
    <message>
        <source>Verified with LigdiCash: now %1.</source>
        <translation>Verified with LigdiCash: now %1.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>The receipt was not printed: %1</translation>
    </message>
    <message>
        <source>Write a short note saying what was checked.</source>
        <translation>Write a short note saying what was checked.</translation>
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
        <source>An order cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>An order cannot go from &quot;%1&quot; to &quot;%2&quot;.</translation>
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
        <source>Customer&apos;s number</source>
        <translation>Customer&apos;s number</translation>
    </message>
    <message>
        <source>OTP code</source>
        <translation>OTP code</translation>
    </message>
    <message>
        <source>Type the customer&apos;s number with its country code, e.g. 22670123456.</source>
        <translation>Type the customer&apos;s number with its country code, e.g. 22670123456.</translation>
    </message>
    <message>
        <source>The payment request was sent to %1. The customer approves it on their phone.</source>
        <translation>The payment request was sent to %1. The customer approves it on their phone.</translation>
    </message>
    <message>
        <source>Pay from the customer&apos;s phone</source>
        <translation>Pay from the customer&apos;s phone</translation>
    </message>
    <message>
        <source>LigdiCash did not complete the payment: it was refused or abandoned on the customer&apos;s phone. Try again or take cash.</source>
        <translation>LigdiCash did not complete the payment: it was refused or abandoned on the customer&apos;s phone. Try again or take cash.</translation>
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
    <name>PeoplePage</name>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Add a person…</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>New &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Could not load the people. %1</source>
        <translation>Could not load the people. %1</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 can now log in.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 has a new PIN.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>Enable %1? They will be able to log in again.</source>
        <translation>Enable %1? They will be able to log in again.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in and their sessions end.</source>
        <translation>Disable %1? They can no longer log in and their sessions end.</translation>
    </message>
    <message>
        <source>Yes, enable</source>
        <translation>Yes, enable</translation>
    </message>
    <message>
        <source>Yes, disable</source>
        <translation>Yes, disable</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
</context>
<context>
    <name>PeopleUserDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>%1 to %2 digits</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>%1 (%2). Their sessions end and any lockout is lifted.</source>
        <translation>%1 (%2). Their sessions end and any lockout is lifted.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>New &amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN a&amp;gain</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>The PIN must have %1 to %2 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>The two PINs differ: type the same PIN twice.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PeopleUserModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Lockout</translation>
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
    <name>ProductEditDialog</name>
    <message>
        <source>On sale (active)</source>
        <translation>On sale (active)</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>e.g. Boissons</source>
        <translation>e.g. Boissons</translation>
    </message>
    <message>
        <source>e.g. 1 500</source>
        <translation>e.g. 1 500</translation>
    </message>
    <message>
        <source>Scan or type the barcode</source>
        <translation>Scan or type the barcode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Price (FCFA)</source>
        <translation>&amp;Price (FCFA)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Barcode</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>The product needs a name.</translation>
    </message>
    <message>
        <source>The price must be a whole number of francs, e.g. 1 500.</source>
        <translation>The price must be a whole number of francs, e.g. 1 500.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
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
    <name>ReportsCharts</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sales by hour of the day (thousand FCFA)</source>
        <translation>Sales by hour of the day (thousand FCFA)</translation>
    </message>
    <message>
        <source>Sales by day (thousand FCFA)</source>
        <translation>Sales by day (thousand FCFA)</translation>
    </message>
    <message>
        <source>Share by payment method</source>
        <translation>Share by payment method</translation>
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
        <translation>Share</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>No sales</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>Sales report</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message numerus="yes">
        <source>LigdiCash awaiting: %n</source>
        <translation>
            <numerusform>LigdiCash awaiting: %n</numerusform>
            <numerusform>LigdiCash awaiting: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>By mobile money operator</source>
        <translation>By mobile money operator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>By cashier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>By terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Top products</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Sales report %1</source>
        <translation>Sales report %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>The printer refused the report.</source>
        <translation>The printer refused the report.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>LigdiCash awaiting</source>
        <translation>LigdiCash awaiting</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Paid orders</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>By payment method</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>By mobile money operator</source>
        <translation>By mobile money operator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>By cashier</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>By terminal</source>
        <translation>By terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Top products</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Pick a period of at most 366 days.</source>
        <translation>Pick a period of at most 366 days.</translation>
    </message>
    <message>
        <source>The report could not be loaded. %1</source>
        <translation>The report could not be loaded. %1</translation>
    </message>
    <message numerus="yes">
        <source>LigdiCash awaiting: %n</source>
        <translation>
            <numerusform>LigdiCash awaiting: %n</numerusform>
            <numerusform>LigdiCash awaiting: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No report to export yet.</source>
        <translation>No report to export yet.</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1 (%2).</source>
        <translation>The CSV could not be written to %1 (%2).</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Export the report as CSV</translation>
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
        <translation>Share</translation>
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
        <translation>
            <numerusform>Clear the cart (%n line)?</numerusform>
            <numerusform>Clear the cart (%n lines)?</numerusform>
        </translation>
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
        <translation>
            <numerusform>%1 — %n line, %2</numerusform>
            <numerusform>%1 — %n lines, %2</numerusform>
        </translation>
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
        <source>The server&apos;s certificate is not trusted (TLS error).</source>
        <translation>The server&apos;s certificate is not trusted (TLS error).</translation>
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
    <name>ShiftCloseDialog</name>
    <message>
        <source>Looking for the open shift…</source>
        <translation>Looking for the open shift…</translation>
    </message>
    <message>
        <source>Close the shift (Z)</source>
        <translation>Close the shift (Z)</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>No shift is open on this till.</translation>
    </message>
    <message>
        <source>The open shift could not be found. %1</source>
        <translation>The open shift could not be found. %1</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and type what you counted. The expected amount is shown once your count is sent.</source>
        <translation>Count the cash in the drawer and type what you counted. The expected amount is shown once your count is sent.</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Total of notes and coins</source>
        <translation>Total of notes and coins</translation>
    </message>
    <message>
        <source>Count note by note</source>
        <translation>Count note by note</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Number of %1 notes</source>
        <translation>Number of %1 notes</translation>
    </message>
    <message>
        <source>Coins (total)</source>
        <translation>Coins (total)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Send the count and close</source>
        <translation>Send the count and close</translation>
    </message>
    <message>
        <source>The count differs from the expected cash by more than the shop allows. A manager must approve it with their PIN, or count again.</source>
        <translation>The count differs from the expected cash by more than the shop allows. A manager must approve it with their PIN, or count again.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>Pick the manager who approves.</source>
        <translation>Pick the manager who approves.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Wrong PIN for %1. Try again.</source>
        <translation>Wrong PIN for %1. Try again.</translation>
    </message>
    <message>
        <source>The shift could not be closed. %1</source>
        <translation>The shift could not be closed. %1</translation>
    </message>
    <message>
        <source>The managers could not be listed. %1</source>
        <translation>The managers could not be listed. %1</translation>
    </message>
    <message>
        <source>No Z report yet.</source>
        <translation>No Z report yet.</translation>
    </message>
    <message>
        <source>Save the Z report</source>
        <translation>Save the Z report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Z report saved to %1.</source>
        <translation>Z report saved to %1.</translation>
    </message>
</context>
<context>
    <name>ShiftListModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open the shift (Enter)</source>
        <translation>Open the shift (Enter)</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>Open a shift</translation>
    </message>
    <message>
        <source>Count the change put in the drawer to start the day.</source>
        <translation>Count the change put in the drawer to start the day.</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Amount in the drawer</source>
        <translation>Amount in the drawer</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>A shift is already open on this till: close it first.</source>
        <translation>A shift is already open on this till: close it first.</translation>
    </message>
    <message>
        <source>The shift could not be opened. %1</source>
        <translation>The shift could not be opened. %1</translation>
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
    <name>TerminalListModel</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TerminalNameDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Add a terminal</source>
        <translation>Add a terminal</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>e.g. Caisse 2</source>
        <translation>e.g. Caisse 2</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Terminal token</source>
        <translation>Terminal token</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Give the terminal a name.</source>
        <translation>Give the terminal a name.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Terminal “%1” added. Type or paste this token into the new till&apos;s setup now: it is shown only this once and cannot be seen again. Keep it secret: anyone who has it can act as this terminal.</source>
        <translation>Terminal “%1” added. Type or paste this token into the new till&apos;s setup now: it is shown only this once and cannot be seen again. Keep it secret: anyone who has it can act as this terminal.</translation>
    </message>
    <message>
        <source>I have copied it, close</source>
        <translation>I have copied it, close</translation>
    </message>
</context>
<context>
    <name>TerminalsPage</name>
    <message>
        <source>&amp;Add a terminal…</source>
        <translation>&amp;Add a terminal…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Could not load the terminals. %1</source>
        <translation>Could not load the terminals. %1</translation>
    </message>
    <message>
        <source>This is the terminal you are using: revoke it from another one.</source>
        <translation>This is the terminal you are using: revoke it from another one.</translation>
    </message>
    <message>
        <source>“%1” is revoked: it can no longer reach the server.</source>
        <translation>“%1” is revoked: it can no longer reach the server.</translation>
    </message>
    <message>
        <source>Revoke “%1”? It stops working at once and cannot be brought back; a replacement needs a new terminal.</source>
        <translation>Revoke “%1”? It stops working at once and cannot be brought back; a replacement needs a new terminal.</translation>
    </message>
    <message>
        <source>Yes, revoke</source>
        <translation>Yes, revoke</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
    <name>UnmatchedModel</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Callback status</source>
        <translation>Callback status</translation>
    </message>
    <message>
        <source>LigdiCash confirm</source>
        <translation>LigdiCash confirm</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Request reference</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>UnmatchedPage</name>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Payments LigdiCash reported for no order of this shop. They never make an order paid: settle them with the customer, then record what was done.</source>
        <translation>Payments LigdiCash reported for no order of this shop. They never make an order paid: settle them with the customer, then record what was done.</translation>
    </message>
    <message>
        <source>Note, e.g. “refunded by Orange Money on 25/11”</source>
        <translation>Note, e.g. “refunded by Orange Money on 25/11”</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) to review</source>
        <translation>
            <numerusform>%n payment to review</numerusform>
            <numerusform>%n payments to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a short note saying how it was settled.</source>
        <translation>Write a short note saying how it was settled.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>UnmatchedPayment</name>
    <message>
        <source>not checked with LigdiCash</source>
        <translation>not checked with LigdiCash</translation>
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
<context>
    <name>ZReportPrinter</name>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Z REPORT</source>
        <translation>Z REPORT</translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation>Shift %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Count approved by</source>
        <translation>Count approved by</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n)</source>
        <translation>
            <numerusform>Confirmed (%n)</numerusform>
            <numerusform>Confirmed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting confirmation (%n)</source>
        <translation>
            <numerusform>Awaiting confirmation (%n)</numerusform>
            <numerusform>Awaiting confirmation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>By cashier</translation>
    </message>
    <message numerus="yes">
        <source>Cash (%n)</source>
        <translation>
            <numerusform>Cash (%n)</numerusform>
            <numerusform>Cash (%n)</numerusform>
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
        <translation>By operator</translation>
    </message>
    <message>
        <source>No mobile money payment</source>
        <translation>No mobile money payment</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Z report %1</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>The printer refused the Z report.</source>
        <translation>The printer refused the Z report.</translation>
    </message>
</context>
<context>
    <name>ZReportView</name>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>opened %1 by %2, closed %3 by %4</source>
        <translation>opened %1 by %2, closed %3 by %4</translation>
    </message>
    <message>
        <source>Count approved by %1</source>
        <translation>Count approved by %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Cash sales</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed (%n)</source>
        <translation>
            <numerusform>Confirmed (%n)</numerusform>
            <numerusform>Confirmed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting confirmation (%n)</source>
        <translation>
            <numerusform>Awaiting confirmation (%n)</numerusform>
            <numerusform>Awaiting confirmation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>By cashier</translation>
    </message>
    <message numerus="yes">
        <source>cash (%n)</source>
        <translation>
            <numerusform>cash (%n)</numerusform>
            <numerusform>cash (%n)</numerusform>
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
        <translation>By operator</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ZReportsPage</name>
    <message>
        <source>Print again…</source>
        <translation>Print again…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Z reports</source>
        <translation>Z reports</translation>
    </message>
    <message>
        <source>Shifts opened from</source>
        <translation>Shifts opened from</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The shifts could not be listed. %1</source>
        <translation>The shifts could not be listed. %1</translation>
    </message>
    <message>
        <source>This shift is still open: its Z report is made when it closes.</source>
        <translation>This shift is still open: its Z report is made when it closes.</translation>
    </message>
    <message>
        <source>The Z report could not be loaded. %1</source>
        <translation>The Z report could not be loaded. %1</translation>
    </message>
    <message>
        <source>No Z report selected.</source>
        <translation>No Z report selected.</translation>
    </message>
    <message>
        <source>Save the Z report</source>
        <translation>Save the Z report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Z report saved to %1.</source>
        <translation>Z report saved to %1.</translation>
    </message>
</context>
</TS>
