#include "EndpointFaults.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct KindName
{
    FaultRule::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kindNames[] = {
    {FaultRule::Kind::Http500, "http500"_L1}, {FaultRule::Kind::Drop, "drop"_L1},
    {FaultRule::Kind::Timeout, "timeout"_L1}, {FaultRule::Kind::Malformed, "malformed"_L1},
    {FaultRule::Kind::Code, "code"_L1},
};

std::optional<FaultRule> ruleFromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    bool known = false;
    const QString kind = json.value("kind"_L1).toString();
    for (const KindName &entry : kindNames) {
        if (kind == entry.name) {
            rule.kind = entry.kind;
            known = true;
        }
    }
    if (!known) {
        *error = QCoreApplication::translate(
                     "Scenario",
                     "fault kind must be http500, drop, timeout, malformed or code, not \"%1\"")
                     .arg(kind);
        return std::nullopt;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != "kind"_L1 && it.key() != "code"_L1 && it.key() != "count"_L1 &&
            it.key() != "probability"_L1) {
            *error =
                QCoreApplication::translate("Scenario", "unknown fault key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    if (rule.kind == FaultRule::Kind::Code) {
        QString code = json.value("code"_L1).toVariant().toString();
        if (code.startsWith("Code"_L1, Qt::CaseInsensitive))
            code = code.mid(4);
        if (code.size() == 1)
            code.prepend(u'0');
        static const QRegularExpression pattern(u"^\\d{2,3}[a-z]?$"_s);
        if (!pattern.match(code).hasMatch()) {
            *error = QCoreApplication::translate(
                "Scenario", "a code fault needs \"code\" like \"05\" or \"03a\"");
            return std::nullopt;
        }
        rule.code = code;
    }
    if (json.contains("count"_L1)) {
        const double count = json.value("count"_L1).toDouble(-2);
        if (count < 0 || count != static_cast<int>(count)) {
            *error = QCoreApplication::translate("Scenario",
                                                 "fault \"count\" must be a whole number >= 0");
            return std::nullopt;
        }
        rule.remaining = static_cast<int>(count);
    }
    if (json.contains("probability"_L1)) {
        const double p = json.value("probability"_L1).toDouble(-1);
        if (p < 0 || p > 1) {
            *error = QCoreApplication::translate("Scenario",
                                                 "fault \"probability\" must be between 0 and 1");
            return std::nullopt;
        }
        rule.probability = p;
    }
    return rule;
}

} // namespace

std::optional<FaultRule> EndpointFaults::take(QRandomGenerator &random)
{
    for (FaultRule &rule : rules) {
        if (rule.remaining == 0)
            continue;
        if (rule.probability < 1.0 && random.generateDouble() >= rule.probability)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        return rule;
    }
    return std::nullopt;
}

bool EndpointFaults::merge(const QJsonObject &json, QString *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == "latencyMs"_L1) {
            const double ms = it.value().toDouble(-1);
            if (ms < 0 || ms > 600000) {
                *error = QCoreApplication::translate("Scenario",
                                                     "latencyMs must be between 0 and 600000");
                return false;
            }
            latencyMs = static_cast<int>(ms);
        } else if (it.key() == "faults"_L1) {
            if (!it.value().isArray()) {
                *error = QCoreApplication::translate("Scenario", "\"faults\" must be an array");
                return false;
            }
            QList<FaultRule> parsed;
            for (const QJsonValue &value : it.value().toArray()) {
                const auto rule = ruleFromJson(value.toObject(), error);
                if (!rule)
                    return false;
                parsed.append(*rule);
            }
            rules = parsed;
        } else {
            *error = QCoreApplication::translate("Scenario",
                                                 "unknown endpoint key \"%1\" (latencyMs, faults)")
                         .arg(it.key());
            return false;
        }
    }
    return true;
}

QJsonObject EndpointFaults::toJson() const
{
    QJsonArray faults;
    for (const FaultRule &rule : rules) {
        QJsonObject json;
        for (const KindName &entry : kindNames) {
            if (entry.kind == rule.kind)
                json.insert("kind"_L1, QString(entry.name));
        }
        if (rule.kind == FaultRule::Kind::Code)
            json.insert("code"_L1, rule.code);
        if (rule.remaining >= 0)
            json.insert("count"_L1, rule.remaining);
        if (rule.probability < 1.0)
            json.insert("probability"_L1, rule.probability);
        faults.append(json);
    }
    return QJsonObject{{"latencyMs"_L1, latencyMs}, {"faults"_L1, faults}};
}
