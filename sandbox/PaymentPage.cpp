#include "PaymentPage.h"

#include "Money.h"
#include "Operator.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

struct Texts
{
    QLatin1StringView lang;
    QString title;
    QString sandbox;
    QString item;
    QString quantity;
    QString price;
    QString total;
    QString choose;
    QString phone;
    QString phoneHint;
    QString pay;
    QString fail;
    QString cancel;
    QString paid;
    QString failed;
    QString back;
    QString unknown;
    QString unknownHint;
    QString chooseOperator;
    QString badPhone;
};

const Texts &texts(PaymentPage::Language language)
{
    static const Texts french{
        "fr"_L1,
        u"Paiement LigdiCash"_s,
        u"Environnement de test — aucun argent réel n’est débité"_s,
        u"Article"_s,
        u"Qté"_s,
        u"Prix"_s,
        u"Total à payer"_s,
        u"Choisissez votre moyen de paiement"_s,
        u"Numéro de téléphone"_s,
        u"Ex. : 22670000000"_s,
        u"Payer %1"_s,
        u"Simuler un échec"_s,
        u"Annuler"_s,
        u"Cette facture est déjà payée."_s,
        u"Ce paiement n’a pas abouti."_s,
        u"Retour à la boutique"_s,
        u"Facture introuvable"_s,
        u"Le lien de paiement est invalide ou a expiré."_s,
        u"Choisissez un moyen de paiement."_s,
        u"Saisissez un numéro valide (8 chiffres, ou 226 suivi de 8 chiffres)."_s,
    };
    static const Texts english{
        "en"_L1,
        u"LigdiCash payment"_s,
        u"Test environment — no real money is debited"_s,
        u"Item"_s,
        u"Qty"_s,
        u"Price"_s,
        u"Total to pay"_s,
        u"Choose how to pay"_s,
        u"Phone number"_s,
        u"E.g. 22670000000"_s,
        u"Pay %1"_s,
        u"Simulate a failure"_s,
        u"Cancel"_s,
        u"This invoice has already been paid."_s,
        u"This payment did not go through."_s,
        u"Back to the shop"_s,
        u"Invoice not found"_s,
        u"The payment link is invalid or has expired."_s,
        u"Choose a payment method."_s,
        u"Enter a valid number (8 digits, or 226 followed by 8 digits)."_s,
    };
    return language == PaymentPage::Language::English ? english : french;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString head(const Texts &t, const QString &title)
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + t.lang +
           u"\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"robots\" content=\"noindex\">\n<title>"_s +
           esc(title) +
           u"</title>\n<style>\n"
           "*{box-sizing:border-box}\n"
           "body{margin:0;font:16px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
           "background:#eef2f5;color:#1d2733}\n"
           "main{max-width:30rem;margin:0 auto;padding:1rem}\n"
           ".card{background:#fff;border-radius:12px;padding:1.25rem;"
           "box-shadow:0 1px 4px rgba(0,0,0,.12)}\n"
           ".brand{font-weight:700;color:#0a7d3b;font-size:1.2rem}\n"
           ".sandbox{background:#fff4d6;border:1px solid #f0c24b;border-radius:6px;"
           "padding:.4rem .6rem;font-size:.85rem;margin:.5rem 0 1rem}\n"
           "h1{font-size:1.3rem;margin:.2rem 0}\n"
           ".desc{color:#4a5866;margin:.2rem 0 1rem}\n"
           "table{width:100%;border-collapse:collapse;font-size:.95rem}\n"
           "th,td{padding:.35rem .2rem;border-bottom:1px solid #e3e8ee;text-align:left}\n"
           "td.n,th.n{text-align:right;white-space:nowrap}\n"
           ".total{display:flex;justify-content:space-between;font-size:1.15rem;"
           "margin:1rem 0;font-weight:600}\n"
           "fieldset{border:0;padding:0;margin:0 0 1rem}\n"
           "legend{font-weight:600;margin-bottom:.5rem}\n"
           ".op{display:flex;align-items:center;gap:.6rem;border:1px solid #cfd8e1;"
           "border-radius:8px;padding:.75rem;margin:.4rem 0;cursor:pointer}\n"
           ".op input{width:1.2rem;height:1.2rem}\n"
           "label.field{display:block;font-weight:600;margin-bottom:.3rem}\n"
           "input[type=tel]{width:100%;font-size:1.1rem;padding:.7rem;border:1px solid #cfd8e1;"
           "border-radius:8px}\n"
           ".error{color:#b3261e;font-weight:600;min-height:1.2em}\n"
           "button,.button{display:block;width:100%;font-size:1.05rem;padding:.85rem;"
           "margin:.5rem 0;border-radius:8px;border:0;cursor:pointer;text-align:center;"
           "text-decoration:none}\n"
           "#pay{background:#0a7d3b;color:#fff;font-weight:700}\n"
           "#fail{background:#fbe3e1;color:#8c1d18}\n"
           "#cancel,.button{background:#e3e8ee;color:#1d2733}\n"
           "</style>\n</head>\n<body>\n<main>\n<div class=\"card\">\n"
           "<div class=\"brand\">LigdiCash</div>\n<div class=\"sandbox\">"_s +
           esc(t.sandbox) + u"</div>\n"_s;
}

QString foot()
{
    return u"</div>\n</main>\n</body>\n</html>\n"_s;
}

} // namespace

PaymentPage::Language PaymentPage::language(const QByteArray &acceptLanguage)
{
    // Highest-q entry that is French or English wins; French when neither is asked for.
    double bestQ = -1;
    Language best = Language::French;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.trimmed().split(';');
        const QByteArray tag = fields.value(0).trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray field = fields.at(i).trimmed();
            if (field.startsWith("q="))
                q = field.mid(2).toDouble();
        }
        const bool fr = tag == "fr" || tag.startsWith("fr-");
        const bool en = tag == "en" || tag.startsWith("en-");
        if ((fr || en) && q > bestQ) {
            bestQ = q;
            best = en ? Language::English : Language::French;
        }
    }
    return best;
}

QString PaymentPage::amountText(qint64 francs, Language language)
{
    const QLocale locale(language == Language::English ? QLocale::English : QLocale::French);
    return Money::fromFrancs(francs).toDigits(locale) + u" FCFA"_s;
}

QByteArray PaymentPage::form(const Content &content, Language language)
{
    const Texts &t = texts(language);
    const QJsonObject invoice = content.commande.value("invoice"_L1).toObject();
    const QJsonObject store = content.commande.value("store"_L1).toObject();
    const QString storeName = store.value("name"_L1).toString();
    QString html = head(t, t.title);
    html += u"<h1 id=\"store\">"_s + esc(storeName) + u"</h1>\n"_s;
    const QString description = invoice.value("description"_L1).toString();
    if (!description.isEmpty())
        html += u"<p class=\"desc\" id=\"description\">"_s + esc(description) + u"</p>\n"_s;
    const QJsonArray items = invoice.value("items"_L1).toArray();
    if (!items.isEmpty()) {
        html += u"<table id=\"items\">\n<tr><th>"_s + esc(t.item) + u"</th><th class=\"n\">"_s +
                esc(t.quantity) + u"</th><th class=\"n\">"_s + esc(t.price) + u"</th></tr>\n"_s;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            html += u"<tr><td>"_s + esc(item.value("name"_L1).toString()) +
                    u"</td><td class=\"n\">"_s +
                    QString::number(item.value("quantity"_L1).toInteger()) +
                    u"</td><td class=\"n\">"_s +
                    esc(amountText(item.value("total_price"_L1).toInteger(), language)) +
                    u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    const QString total = amountText(content.amount, language);
    html += u"<p class=\"total\"><span>"_s + esc(t.total) + u"</span><span id=\"total\">"_s +
            esc(total) + u"</span></p>\n"_s;
    // No action: the form posts to the page's own URL, also behind a proxy that adds a prefix.
    html += u"<form method=\"post\">\n<fieldset>\n<legend>"_s + esc(t.choose) + u"</legend>\n"_s;
    for (const Operator &op : Operator::all()) {
        const bool checked = op.key == content.selectedOperator;
        html += u"<label class=\"op\"><input type=\"radio\" name=\"operator\" id=\"operator-"_s +
                op.key + u"\" value=\""_s + op.key + u'"' + (checked ? u" checked"_s : QString()) +
                u" required> "_s + esc(op.label) + u"</label>\n"_s;
    }
    html += u"</fieldset>\n<label class=\"field\" for=\"phone\">"_s + esc(t.phone) +
            u"</label>\n<input type=\"tel\" id=\"phone\" name=\"phone\" inputmode=\"numeric\" "
            "autocomplete=\"tel\" required placeholder=\""_s +
            esc(t.phoneHint) + u"\" value=\""_s + esc(content.phone) + u"\">\n"_s;
    html += u"<p class=\"error\" id=\"error\" role=\"alert\">"_s + esc(content.error) + u"</p>\n"_s;
    html += u"<button type=\"submit\" id=\"pay\" name=\"action\" value=\"pay\">"_s +
            esc(t.pay.arg(total)) +
            u"</button>\n<button type=\"submit\" id=\"fail\" name=\"action\" value=\"fail\" "
            "formnovalidate>"_s +
            esc(t.fail) +
            u"</button>\n<button type=\"submit\" id=\"cancel\" name=\"action\" value=\"cancel\" "
            "formnovalidate>"_s +
            esc(t.cancel) + u"</button>\n</form>\n"_s;
    html += foot();
    return html.toUtf8();
}

QByteArray PaymentPage::settled(bool paid, const QString &backUrl, Language language)
{
    const Texts &t = texts(language);
    QString html = head(t, t.title);
    html += u"<h1 id=\"outcome\">"_s + esc(paid ? t.paid : t.failed) + u"</h1>\n"_s;
    if (!backUrl.isEmpty())
        html +=
            u"<a class=\"button\" href=\""_s + esc(backUrl) + u"\">"_s + esc(t.back) + u"</a>\n"_s;
    html += foot();
    return html.toUtf8();
}

QByteArray PaymentPage::notFound(Language language)
{
    const Texts &t = texts(language);
    QString html = head(t, t.unknown);
    html += u"<h1>"_s + esc(t.unknown) + u"</h1>\n<p>"_s + esc(t.unknownHint) + u"</p>\n"_s;
    html += foot();
    return html.toUtf8();
}

QString PaymentPage::chooseOperatorError(Language language)
{
    return texts(language).chooseOperator;
}

QString PaymentPage::phoneError(Language language)
{
    return texts(language).badPhone;
}
