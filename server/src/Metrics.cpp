#include "Metrics.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u'"')
            escaped += u"\\\""_s;
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else
            escaped += c;
    }
    return escaped;
}

QString escapeHelp(const QString &help)
{
    QString escaped = help;
    escaped.replace(u"\\"_s, u"\\\\"_s);
    escaped.replace(u"\n"_s, u"\\n"_s);
    return escaped;
}

QString number(double value)
{
    if (std::isinf(value))
        return value > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (std::isnan(value))
        return u"NaN"_s;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

// Adds one label to an already rendered label set: {a="1"} + le="0.5" -> {a="1",le="0.5"}.
QString withLabel(const QString &key, const QString &name, const QString &value)
{
    const QString label = name + u"=\""_s + value + u'"';
    if (key.isEmpty())
        return u'{' + label + u'}';
    return key.left(key.size() - 1) + u',' + label + u'}';
}

QString typeName(Metrics::Type type)
{
    switch (type) {
    case Metrics::Type::Counter:
        return u"counter"_s;
    case Metrics::Type::Gauge:
        return u"gauge"_s;
    case Metrics::Type::Histogram:
        return u"histogram"_s;
    }
    return u"untyped"_s;
}

} // namespace

Metrics::Metrics() = default;

QList<double> Metrics::defaultBuckets()
{
    return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

void Metrics::describe(const QString &name, Type type, const QString &help,
                       const QList<double> &buckets)
{
    Family &f = m_families[name];
    f.type = type;
    f.help = help;
    if (type == Type::Histogram && f.series.isEmpty())
        f.buckets = buckets;
}

Metrics::Family &Metrics::family(const QString &name, Type type)
{
    auto it = m_families.find(name);
    if (it == m_families.end()) {
        it = m_families.insert(name, Family{});
        it->type = type;
        if (type == Type::Histogram)
            it->buckets = defaultBuckets();
    }
    return *it;
}

QString Metrics::labelKey(const Labels &labels)
{
    if (labels.isEmpty())
        return {};
    QString key = u"{"_s;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0)
            key += u',';
        key += labels.at(i).first + u"=\""_s + escapeLabelValue(labels.at(i).second) + u'"';
    }
    return key + u'}';
}

void Metrics::increment(const QString &name, const Labels &labels, double by)
{
    family(name, Type::Counter).series[labelKey(labels)].value += by;
}

void Metrics::set(const QString &name, const Labels &labels, double value)
{
    family(name, Type::Gauge).series[labelKey(labels)].value = value;
}

void Metrics::add(const QString &name, const Labels &labels, double delta)
{
    family(name, Type::Gauge).series[labelKey(labels)].value += delta;
}

void Metrics::observe(const QString &name, const Labels &labels, double value)
{
    Family &f = family(name, Type::Histogram);
    Series &s = f.series[labelKey(labels)];
    if (s.bucketCounts.size() != f.buckets.size())
        s.bucketCounts = QList<quint64>(f.buckets.size(), 0);
    for (qsizetype i = 0; i < f.buckets.size(); ++i) {
        if (value <= f.buckets.at(i)) {
            ++s.bucketCounts[i];
            break;
        }
    }
    ++s.count;
    s.sum += value;
}

void Metrics::addCollector(std::function<void(Metrics &)> collector)
{
    m_collectors.push_back(std::move(collector));
}

QByteArray Metrics::render()
{
    for (const auto &collector : m_collectors)
        collector(*this);

    QString out;
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        const QString &name = it.key();
        const Family &f = it.value();
        if (!f.help.isEmpty())
            out += u"# HELP "_s + name + u' ' + escapeHelp(f.help) + u'\n';
        out += u"# TYPE "_s + name + u' ' + typeName(f.type) + u'\n';
        for (auto s = f.series.cbegin(); s != f.series.cend(); ++s) {
            if (f.type != Type::Histogram) {
                out += name + s.key() + u' ' + number(s->value) + u'\n';
                continue;
            }
            quint64 cumulative = 0;
            for (qsizetype i = 0; i < f.buckets.size(); ++i) {
                cumulative += s->bucketCounts.value(i);
                out += name + u"_bucket"_s + withLabel(s.key(), u"le"_s, number(f.buckets.at(i))) +
                       u' ' + QString::number(cumulative) + u'\n';
            }
            out += name + u"_bucket"_s + withLabel(s.key(), u"le"_s, u"+Inf"_s) + u' ' +
                   QString::number(s->count) + u'\n';
            out += name + u"_sum"_s + s.key() + u' ' + number(s->sum) + u'\n';
            out += name + u"_count"_s + s.key() + u' ' + QString::number(s->count) + u'\n';
        }
    }
    return out.toUtf8();
}

double Metrics::value(const QString &name, const Labels &labels) const
{
    const auto f = m_families.constFind(name);
    if (f == m_families.cend())
        return 0;
    const auto s = f->series.constFind(labelKey(labels));
    if (s == f->series.cend())
        return 0;
    return f->type == Type::Histogram ? double(s->count) : s->value;
}

double Metrics::total(const QString &name) const
{
    const auto f = m_families.constFind(name);
    if (f == m_families.cend())
        return 0;
    double sum = 0;
    for (const Series &s : f->series)
        sum += f->type == Type::Histogram ? double(s.count) : s.value;
    return sum;
}
