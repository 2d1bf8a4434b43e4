#include "Scenario.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool readAmount(const QJsonValue &value, qint64 *out, const QString &key, QString *error)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9007199254740992.0 ||
        number != static_cast<double>(static_cast<qint64>(number))) {
        *error = QCoreApplication::translate("Scenario", "%1 must be a whole number of francs >= 0")
                     .arg(key);
        return false;
    }
    *out = static_cast<qint64>(number);
    return true;
}

} // namespace

bool Scenario::merge(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "era"_L1) {
            const QString text = value.toVariant().toString();
            if (text == "2026"_L1)
                era = Era::Y2026;
            else if (text == "2024"_L1)
                era = Era::Y2024;
            else {
                *error = QCoreApplication::translate("Scenario", "era must be 2026 or 2024");
                return false;
            }
        } else if (key == "amountMin"_L1) {
            if (!readAmount(value, &amountMin, key, error))
                return false;
        } else if (key == "amountMax"_L1) {
            if (!readAmount(value, &amountMax, key, error))
                return false;
        } else if (key == "cancel"_L1) {
            const QString text = value.toString();
            if (text == "notcompleted"_L1)
                cancel = CancelOutcome::NotCompleted;
            else if (text == "pending"_L1)
                cancel = CancelOutcome::Pending;
            else {
                *error = QCoreApplication::translate("Scenario",
                                                     "cancel must be notcompleted or pending");
                return false;
            }
        } else if (key == "create"_L1 || key == "confirm"_L1) {
            if (!value.isObject()) {
                *error = QCoreApplication::translate("Scenario", "%1 must be an object").arg(key);
                return false;
            }
            EndpointFaults &target = key == "create"_L1 ? create : confirm;
            if (!target.merge(value.toObject(), error))
                return false;
        } else if (key == "callbacks"_L1) {
            if (!value.isObject()) {
                *error = QCoreApplication::translate("Scenario", "callbacks must be an object");
                return false;
            }
            if (!callbacks.merge(value.toObject(), error))
                return false;
        } else if (key == "confirmAmount"_L1) {
            if (value.isNull()) {
                confirmAmount.reset();
            } else {
                qint64 amount = 0;
                if (!readAmount(value, &amount, key, error))
                    return false;
                confirmAmount = amount;
            }
        } else if (key == "confirmAmountDelta"_L1) {
            const double delta = value.toDouble(0.5);
            if (!value.isDouble() || delta != static_cast<double>(static_cast<qint64>(delta))) {
                *error = QCoreApplication::translate("Scenario",
                                                     "confirmAmountDelta must be a whole number");
                return false;
            }
            confirmAmountDelta = static_cast<qint64>(delta);
        } else if (key == "timeoutHoldMs"_L1) {
            const double ms = value.toDouble(-1);
            if (ms < 100 || ms > 3600000) {
                *error = QCoreApplication::translate(
                    "Scenario", "timeoutHoldMs must be between 100 and 3600000");
                return false;
            }
            timeoutHoldMs = static_cast<int>(ms);
        } else if (key == "directOutcome"_L1) {
            const QString text = value.toString();
            if (text == "pending"_L1)
                directOutcome = DirectOutcome::Pending;
            else if (text == "completed"_L1)
                directOutcome = DirectOutcome::Completed;
            else if (text == "notcompleted"_L1)
                directOutcome = DirectOutcome::NotCompleted;
            else {
                *error = QCoreApplication::translate(
                    "Scenario", "directOutcome must be pending, completed or notcompleted");
                return false;
            }
        } else if (key == "directDelayMs"_L1) {
            const double ms = value.toDouble(-1);
            if (ms < 0 || ms > 3600000) {
                *error = QCoreApplication::translate("Scenario",
                                                     "directDelayMs must be between 0 and 3600000");
                return false;
            }
            directDelayMs = static_cast<int>(ms);
        } else {
            *error =
                QCoreApplication::translate("Scenario", "unknown scenario key \"%1\"").arg(key);
            return false;
        }
    }
    if (amountMin > amountMax) {
        *error = QCoreApplication::translate("Scenario", "amountMin must not exceed amountMax");
        return false;
    }
    return true;
}

QJsonObject Scenario::toJson() const
{
    return QJsonObject{
        {"era"_L1, era == Era::Y2026 ? u"2026"_s : u"2024"_s},
        {"amountMin"_L1, amountMin},
        {"amountMax"_L1, amountMax},
        {"cancel"_L1, cancel == CancelOutcome::NotCompleted ? u"notcompleted"_s : u"pending"_s},
        {"create"_L1, create.toJson()},
        {"confirm"_L1, confirm.toJson()},
        {"callbacks"_L1, callbacks.toJson()},
        {"confirmAmount"_L1, confirmAmount ? QJsonValue(*confirmAmount) : QJsonValue()},
        {"confirmAmountDelta"_L1, confirmAmountDelta},
        {"timeoutHoldMs"_L1, timeoutHoldMs},
        {"directOutcome"_L1, directOutcome == DirectOutcome::Pending     ? u"pending"_s
                             : directOutcome == DirectOutcome::Completed ? u"completed"_s
                                                                         : u"notcompleted"_s},
        {"directDelayMs"_L1, directDelayMs},
    };
}
