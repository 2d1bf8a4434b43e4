#pragma once

// The hosted payment page (GET /pay/invoice/{token}) as HTML: store, description, items and total
// in FCFA, a choice of operator, the payer's number and buttons to pay, fail or cancel. French by
// default, English when the browser prefers it; no script, phone-sized first.
//
// Its strings are not tr(): the page imitates LigdiCash's own web page, whose language follows
// each request's Accept-Language, not the sandbox process's locale, so both languages live in a
// small table here (docs/sandbox.md).

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class PaymentPage
{
public:
    enum class Language { French, English };

    struct Content
    {
        QJsonObject commande; // what the sandbox keeps of the request (Sandbox.cpp)
        qint64 amount = 0;
        QString phone; // prefilled number
        QString selectedOperator;
        QString error; // shown above the buttons, already in the page's language
    };

    static Language language(const QByteArray &acceptLanguage);

    static QByteArray form(const Content &content, Language language);
    // The invoice was already settled: its outcome and a link back to the shop.
    static QByteArray settled(bool paid, const QString &backUrl, Language language);
    static QByteArray notFound(Language language);

    // Error messages of the form, in the page's language.
    static QString chooseOperatorError(Language language);
    static QString phoneError(Language language);

    static QString amountText(qint64 francs, Language language);
};
