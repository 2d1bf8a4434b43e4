#include "TallyGroups.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

bool TallyGroups::add(const QString &key, const QString &label, Money amount, qint64 orders)
{
    auto it = m_groups.find(key);
    if (it == m_groups.end())
        it = m_groups.insert(key, Group{label, {}});
    return it->tally.add(amount, orders);
}

QJsonArray TallyGroups::toJson() const
{
    QList<QString> keys = m_groups.keys();
    std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        const Money ta = m_groups.value(a).tally.total;
        const Money tb = m_groups.value(b).tally.total;
        return ta != tb ? ta > tb : a < b;
    });
    QJsonArray array;
    for (const QString &key : std::as_const(keys)) {
        const Group &group = *m_groups.constFind(key);
        array.append(QJsonObject{{u"key"_s, key},
                                 {u"label"_s, group.label},
                                 {u"count"_s, group.tally.count},
                                 {u"total"_s, group.tally.total.francs()}});
    }
    return array;
}
