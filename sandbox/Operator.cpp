#include "Operator.h"

#include "ligdicash/LigdiCashApi.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace {

const std::array<Operator, 3> &table()
{
    // The wallet has no documented operator_id: it reports "" and is named by its key.
    static const std::array<Operator, 3> operators = {
        Operator{1, u"11"_s, LigdiCashApi::orangeBurkina.id, LigdiCashApi::orangeBurkina.name,
                 u"Orange Money Burkina"_s},
        Operator{2, u"12"_s, LigdiCashApi::moovBurkina.id, LigdiCashApi::moovBurkina.name,
                 u"Moov Africa Burkina"_s},
        Operator{3, u"ligdicash"_s, LigdiCashApi::ligdicashWallet.id,
                 LigdiCashApi::ligdicashWallet.name, u"LigdiCash Wallet"_s},
    };
    return operators;
}

} // namespace

std::span<const Operator> Operator::all()
{
    return table();
}

const Operator *Operator::byIndex(quint8 index)
{
    if (index == 0 || index > table().size())
        return nullptr;
    return &table().at(index - 1);
}

const Operator *Operator::find(const QString &key)
{
    const QString k = key.trimmed();
    for (const Operator &op : table()) {
        if (k.compare(op.key, Qt::CaseInsensitive) == 0 ||
            k.compare(op.name, Qt::CaseInsensitive) == 0 ||
            k.compare(op.label, Qt::CaseInsensitive) == 0)
            return &op;
    }
    if (k.compare("orange"_L1, Qt::CaseInsensitive) == 0)
        return &table().at(0);
    if (k.compare("moov"_L1, Qt::CaseInsensitive) == 0)
        return &table().at(1);
    if (k.compare("wallet"_L1, Qt::CaseInsensitive) == 0)
        return &table().at(2);
    return nullptr;
}

const Operator *Operator::forPhone(const QString &phone)
{
    // Burkina Faso numbering plan: 226 + 8 digits; the first two local digits name the network.
    QString local = phone;
    if (local.size() == 11 && local.startsWith("226"_L1))
        local = local.mid(3);
    if (local.size() != 8)
        return nullptr;
    static const QStringList orange = {u"05"_s, u"06"_s, u"07"_s, u"54"_s, u"55"_s,
                                       u"56"_s, u"57"_s, u"64"_s, u"65"_s, u"66"_s,
                                       u"67"_s, u"74"_s, u"75"_s, u"76"_s, u"77"_s};
    static const QStringList moov = {u"01"_s, u"02"_s, u"03"_s, u"50"_s, u"51"_s,
                                     u"52"_s, u"53"_s, u"60"_s, u"61"_s, u"62"_s,
                                     u"63"_s, u"70"_s, u"71"_s, u"72"_s, u"73"_s};
    const QString prefix = local.left(2);
    if (orange.contains(prefix))
        return &table().at(0);
    if (moov.contains(prefix))
        return &table().at(1);
    return nullptr;
}
