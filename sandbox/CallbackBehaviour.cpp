#include "CallbackBehaviour.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool readBool(const QJsonValue &value, bool *out, const QString &key, QString *error)
{
    if (!value.isBool()) {
        *error =
            QCoreApplication::translate("Scenario", "callbacks.%1 must be true or false").arg(key);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readInt(const QJsonValue &value, int *out, int min, int max, const QString &key,
             QString *error)
{
    const double number = value.toDouble(min - 1.0);
    if (!value.isDouble() || number < min || number > max || number != static_cast<int>(number)) {
        *error = QCoreApplication::translate(
                     "Scenario", "callbacks.%1 must be a whole number between %2 and %3")
                     .arg(key)
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

} // namespace

bool CallbackBehaviour::merge(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = true;
        if (key == "mode"_L1) {
            const QString mode = value.toString();
            if (mode == "both"_L1)
                encoding = Encoding::Both;
            else if (mode == "json"_L1)
                encoding = Encoding::JsonOnly;
            else if (mode == "form"_L1)
                encoding = Encoding::FormOnly;
            else if (mode == "none"_L1)
                encoding = Encoding::None;
            else {
                *error = QCoreApplication::translate(
                    "Scenario", "callbacks.mode must be both, json, form or none");
                ok = false;
            }
        } else if (key == "copies"_L1) {
            ok = readInt(value, &copies, 1, 20, key, error);
        } else if (key == "delayMs"_L1) {
            ok = readInt(value, &delayMs, 0, 600000, key, error);
        } else if (key == "reversed"_L1) {
            ok = readBool(value, &reversed, key, error);
        } else if (key == "pendingFirst"_L1) {
            ok = readBool(value, &pendingFirst, key, error);
        } else if (key == "nonEmptyToken"_L1) {
            ok = readBool(value, &nonEmptyToken, key, error);
        } else if (key == "nocompleted"_L1) {
            ok = readBool(value, &nocompleted, key, error);
        } else if (key == "stringAmounts"_L1) {
            ok = readBool(value, &stringAmounts, key, error);
        } else {
            *error =
                QCoreApplication::translate("Scenario", "unknown callbacks key \"%1\"").arg(key);
            ok = false;
        }
        if (!ok)
            return false;
    }
    return true;
}

QJsonObject CallbackBehaviour::toJson() const
{
    static constexpr QLatin1StringView modes[] = {"both"_L1, "json"_L1, "form"_L1, "none"_L1};
    return QJsonObject{
        {"mode"_L1, QString(modes[static_cast<int>(encoding)])},
        {"copies"_L1, copies},
        {"reversed"_L1, reversed},
        {"delayMs"_L1, delayMs},
        {"pendingFirst"_L1, pendingFirst},
        {"nonEmptyToken"_L1, nonEmptyToken},
        {"nocompleted"_L1, nocompleted},
        {"stringAmounts"_L1, stringAmounts},
    };
}
